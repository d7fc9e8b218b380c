"""Plain-text tables with aligned columns, for the benchmark's output."""


def format_table(headers, rows, right_aligned=()):
    """Lines of a table: a header, a rule, then one line per row.

    Columns are as wide as their widest cell; the columns whose index is in ``right_aligned``
    (numbers) are right-aligned, the others left-aligned.
    """
    cells = [[str(cell) for cell in row] for row in [headers, *rows]]
    widths = [max(len(row[column]) for row in cells) for column in range(len(headers))]

    def line(row):
        parts = [
            cell.rjust(width) if column in right_aligned else cell.ljust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    return [line(cells[0]), "  ".join("-" * width for width in widths), *(line(row) for row in cells[1:])]
