"""Live tracking: ``accords watch`` follows feeds and sitemaps and ingests what they list.

``settings`` (what the crawler may do), ``fetch`` (HTTP, politely), ``robots`` (robots.txt),
``feeds`` and ``sitemaps`` (what a source lists), ``urls`` (one name per page),
``discover`` (a site's feeds and sitemaps), ``schedule`` (when to poll next), ``runner``
(one pass, and the loop).
"""
