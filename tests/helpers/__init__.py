"""Helpers the tests share, in one place (the fixtures built on them are in tests/conftest.py):

- `project`: where the project is, copying it (macros/commands/project_copy.py, as the benchmark
  does) and building it with MkDocs or Zensical;
- `cases`: what each invalid-data case in tests/fixtures/invalid/ expects;
- `rule_data`: the sources of the small datasets that prove the evidence rules;
- `gitrepo`: a tiny git repository of data files, for `make diff`;
- `html_text`: reading text out of built pages;
- `hostile`: a copy of the data with markup in every free-text field.

The real-browser helpers stay with the browser tests, in tests/browser/.
"""
