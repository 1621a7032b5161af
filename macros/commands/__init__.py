"""The commands behind `python -m macros` and the Makefile.

validate, build, finish, export, schemas, new and diff (cli.py): each runs the stages below it
and turns their problems into a message and an exit code.
"""
