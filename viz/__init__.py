"""pyvis rendering of networkx graphs into self-contained HTML views."""
