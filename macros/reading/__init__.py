"""Reading data/: the only code that opens data files and parses YAML, with its limits and plain-worded errors."""
