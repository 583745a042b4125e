"""Speed benchmarks (`make bench`): every figure is compared with a floor measured in the same
run, because the machines that run them are shared and noisy. Tests never assert timings."""
