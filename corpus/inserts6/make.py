import random, os, sys, csv
random.seed(7)
tsv = sys.argv[1]
rows = [l.rstrip('\n').split('\t', 1) for l in open(tsv, encoding='utf-8') if '\t' in l]
clean = ['corpus/heldout5/reports/' + f + '.txt' for f in ["01_an-phong_2025-09", "03_tran-lieu_2025-12", "05_nguyen-dai-nang_2026-9m", "06_mao-dien_2026-01", "09_nghi-duong_2026-h1"]]
clean += ['corpus/heldout4/reports/' + f for f in sorted(os.listdir('corpus/heldout4/reports')) if f[:2] in ('01', '03', '05', '06', '09')]
out = 'corpus/inserts6/variants'; os.makedirs(out, exist_ok=True)
idx = open('corpus/inserts6/variants/index.tsv', 'w')
for k, (cls, sent) in enumerate(rows):
    src = clean[k % len(clean)]
    text = open(src, encoding='utf-8').read()
    lines = text.split('\n')
    n = len(lines)
    cands = [j for j in range(n // 4, (n * 3) // 4) if lines[j].strip().endswith(('.', ';')) and '\t' not in lines[j] and (j + 1 >= n or not lines[j + 1].strip() or lines[j+1][:1].isupper())]
    cands = cands or [j for j in range(n // 4, (n * 3) // 4) if lines[j].strip().endswith(('.', ';', ':'))]
    j = random.choice(cands)
    mode = random.choice(['para', 'append'])
    if mode == 'para' or '\t' in sent or sent.startswith(('-', '+')):
        lines.insert(j + 1, '\n' + sent + '\n'); mode = 'para'
    else:
        lines[j] = lines[j].rstrip() + ' ' + sent
    name = os.path.basename(src)[:-4] + f'__s{k}.txt'
    open(os.path.join(out, name), 'w', encoding='utf-8').write('\n'.join(lines))
    idx.write(f'{name}\t{cls}\t{mode}\t{sent}\n')
