"""Framework-free core of the annotated news archive: parse, enrich, render, export."""
