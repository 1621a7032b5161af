"""The commands behind `python -m macros` and the Makefile: validate, build, export, finish, schemas, new, diff."""
