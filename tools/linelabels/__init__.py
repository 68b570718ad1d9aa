"""Line-labelled training data for leftover interface text (tools/label_lines.py): the
labelling rule (match), the extractors (extract) and the labelled sources (sources)."""
