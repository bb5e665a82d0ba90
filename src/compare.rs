//! The `compare` stage: reports in, the city's table of wards out (issue 5).
