#!/usr/bin/env python3
"""Writes the golden WARC inputs: web-crawl.warc (plain) and web-crawl-gz.warc.gz (one gzip
member per record, as crawlers write them). Records: warcinfo, request, an HTML response
(Latin-1 body, charset in the HTTP header), an image response, a chunked HTML response, a
revisit and a 404 response; only the two HTML 200 responses are articles."""
import gzip, io

serial = [0]

def record(kind, uri, block, ctype):
    serial[0] += 1
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{serial[0]:012d}>\r\n"
            f"WARC-Date: 2024-03-05T10:15:00Z\r\n" + (f"WARC-Target-URI: {uri}\r\n" if uri else "") +
            f"Content-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"

page1 = ("<html><head><title>Ferry service resumes after strike - Island Courier</title>"
         "<meta property='og:site_name' content='Island Courier'></head><body>"
         "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
         "<h1>Ferry service resumes after strike</h1><p class='byline'>By Ines M\u00fcller</p>"
         "<p>Ferries between the island and the mainland ran again on Tuesday morning after crews "
         "ended a three-day strike over rosters, the operator said.</p>"
         "<p>The first crossing left at 6.40am, fully booked. A caf\u00e9 owner at the pier said the "
         "strike had cost her most of a week\u2019s trade.</p></article>"
         "<footer>\u00a9 Island Courier</footer></body></html>").encode("latin-1", "replace")
page2 = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Library extends opening hours</title>"
         "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Library extends opening hours\","
         "\"datePublished\":\"2024-03-04T09:00:00+01:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Sam Ortiz\"}}</script>"
         "</head><body><div class='post-content'><p>The central library will stay open until 9pm on weekdays "
         "from April, after a trial last autumn brought in more than two thousand extra visitors.</p>"
         "<p>Council members approved the longer hours unanimously on Monday night.</p></div></body></html>").encode()
chunks = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (page2[:100], page2[100:])) + b"0\r\n\r\n"

records = [
    record("warcinfo", "", b"software: annals-golden\r\nformat: WARC File Format 1.0\r\n",
           "application/warc-fields"),
    record("request", "http://courier.example/ferry", b"GET /ferry HTTP/1.1\r\nHost: courier.example\r\n\r\n",
           "application/http; msgtype=request"),
    record("response", "http://courier.example/ferry",
           b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n" + page1,
           "application/http; msgtype=response"),
    record("response", "http://courier.example/logo.png",
           b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n", "application/http; msgtype=response"),
    record("response", "https://library.example/news/hours",
           b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks,
           "application/http; msgtype=response"),
    record("revisit", "http://courier.example/ferry", b"HTTP/1.1 304 Not Modified\r\n\r\n",
           "application/http; msgtype=response"),
    record("response", "http://courier.example/missing",
           b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html><body><p>Not found</p></body></html>",
           "application/http; msgtype=response"),
]
with open("web-crawl.warc", "wb") as f:
    f.write(b"".join(records))
with open("web-crawl-gz.warc.gz", "wb") as f:
    for r in records:
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
            g.write(r)
        f.write(buf.getvalue())
