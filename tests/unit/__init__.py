"""Unit tests: pure functions, the models, the loader and the commands, on small data made
for each test (tests/fixtures/ or inline); no site is built."""
