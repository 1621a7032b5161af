"""Reading data/: the only code that opens data files and parses YAML.

Data files are untrusted input, so reading is fenced (datafiles.py, limits.py), fast where it
can be (fastyaml.py, libyaml) and worded by ruamel.yaml where it must explain a mistake
(safeyaml.py); every problem becomes a located Problem (errors.py) in plain words
(messages.py).
"""
