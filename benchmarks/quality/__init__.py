"""Quality evaluation of the archive on real text (``./dev eval``; see docs/quality.md).

Each corpus module (``real_pages``, ``ecbplus``, ``gum``, ``seeds_gold``) turns a corpus folder
into ``Figure``s and ``Failure``s; ``adapt`` is the only module that knows the archive's shape;
``report`` prints and writes them, ``floors`` checks them against ``quality_floors.json``.
"""
