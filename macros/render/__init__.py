"""Pure render functions: Dataset (+ id, + the current page) -> Markdown/HTML strings.

Nothing else in the project produces HTML, and every string that comes from data passes
through `text.html_text` or `text.md_text` on its way out.
"""
