"""The vocabulary and SHACL shapes, as Turtle data files."""
