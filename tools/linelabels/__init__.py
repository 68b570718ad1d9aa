"""Line-labelled training data for leftover interface text (tools/label_lines.py): the
labelling rule (match), the extractors (extract) and the labelled sources (sources)."""

from pathlib import Path

# Where tools/label_lines.py writes the labelled lines, and the benchmarks read them.
LINE_LABELS = Path(__file__).resolve().parent.parent.parent / "build" / "line_labels.jsonl"
