#!/usr/bin/env python3
"""Stress test of the extractor on the dev pages of the Article Extraction Benchmark: each
page rewritten as a site that says less would write it, scored like eval/extract.sh dev.
The rules should not lean on one site's class names or on semantic tags a site may lack.

usage: eval/extract-stress.py [VARIANT ...] [--errors]   (dev only; after make)
VARIANTS: classes  every class and id value hashed ("css-1x2y3z"), equal values kept equal
          tags     article, main, section, nav, header, footer, aside -> div
          both     classes and tags
          bare     every class and id removed
          h2       the headline an <h2>
          logo     and the <h1> the site's name, atop the page
          split    the element holding most of the paragraphs closed halfway and opened
                   again after an ad box: the body in two sibling containers
          related  a box of links to other stories ("More coverage") halfway in the body
          split-related  both: the two halves on either side of the related box
          figures  a figure with a caption and a picture with a line beside it in the body
          boxes    a newsletter box, a "Read more:" link and a date line in the body
          sentences  the body's paragraphs cut at each sentence
          divs     the body's <p>s written as <div>s
          br       the body's paragraphs set apart by <br><br> in one element
          wrapped  each of the body's paragraphs in a <div> of its own
          readmore "READ MORE: headline" lines linking other stories between the body's
                   paragraphs, every third one
          pullquote  a sentence of the body repeated as a pull quote in an <aside> (one
                   set among the paragraphs is the body's for the benchmark's gold)
          lazy     lazy-loaded pictures (a placeholder src, the real one in data-src and in a
                   <noscript> fallback), one with a caption
          bullets  the body's paragraphs written as the items of one <ul>
          table    a table of figures in the body (kept: its text joins the gold)
          sections the body in three <section>s, each with an <h2> (kept: gold gets them)
          comments a thread of readers' comments (names, dates, prose, "Reply") after the body
          bio      the author's bio with a picture after the body
          topics   a "Topics" list of tag links after the body
          mostread a ranked "Most read" list of headlines with teaser sentences after the body
          paywall  a "Subscribe to continue reading" box after the body
                   (these five only where the body's element ends the story)
          ads      "Advertisement" labels between the body's paragraphs, every third one
          layout   the story's column set in an old site's layout table beside a sidebar cell
          oldsite  and its paragraphs set apart by <br><br>, no <p>
          tail-in  a "Tags:" line and a share line inside the body's element, after its text
          comments-in  the comment thread there
          paywall-in, mostread-in  the paywall box, the "Most read" list there
          qa       an interview: a bold "Q: ...?" line before every third paragraph (kept)
          liveblog the body's paragraphs in posts of two, each under a time ("9:14 GMT") and an
                   <h3> (the headings kept: gold gets them)
          transcript  each paragraph led by its speaker's name in bold, "NAME:" (kept)
          gallery  three figures with long captions and credits halfway in the body
          cards    a "Recommended" box of two cards (picture, headline link, a whole sentence of
                   teaser) halfway in the body
          cookie   a cookie consent box after the body's element
          toolbar  a row of tools (Print | Email | Text size A A A) atop the body's element
          pager    a multi-page article's pager (Page 1 of 3, 1 2 3, Next page) after its text
          boldheads  two subheadings written as <p><strong>...</strong></p> (kept: gold gets them)
          byline-top  an author card (name link, job title, date and time, reading time, share
                   links with a count) just before the body's element
          bio-top  the bio of the page's author (as annals reads it) in a box just before the
                   body's element
          short    the story cut to its first three paragraphs, a long rail of teasers
                   after its column (where the page holds the story once, in one element)
default: all of them."""
import gzip, hashlib, html as htmlmod, json, os, re, subprocess, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared', 'eval', 'extract')
ATTR = re.compile(r'''(\s(?:class|id)\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+)''', re.I)
TAGS = re.compile(r'<(/?)(article|main|section|nav|header|footer|aside)\b', re.I)


def hashed(m):
    v = m.group(2).strip('"\'')
    toks = ['css-' + hashlib.md5(t.encode()).hexdigest()[:6] for t in v.split()]
    return m.group(1) + '"' + ' '.join(toks) + '"'


VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param',
        'source', 'track', 'wbr'}


class Paras(HTMLParser):
    """The <p> elements of a page with their parent element: a stack of open tags is enough
    for the well-formed part of real pages."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.lines = [0]
        for m in re.finditer('\n', html):
            self.lines.append(m.end())
        self.stack = []  # (tag, id, start offset, end of start tag)
        self.n = 0
        self.paras = []  # (parent id, start offset, words)
        self.ends = {}  # id -> offset just past its end tag
        self.starts = {}  # id -> offset of its start tag
        self.up = {}  # id -> (parent id, parent tag)
        self.parents = {}  # id -> (tag, start tag text)
        self.html = html
        self.feed(html)

    def off(self):
        line, col = self.getpos()
        return self.lines[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        if tag == 'p' and self.stack and self.stack[-1][0] == 'p':
            self.stack.pop()
        start = self.off()
        text = self.get_starttag_text() or ''
        self.n += 1
        if tag == 'p' and self.stack:
            pid = self.stack[-1][1]
            self.parents.setdefault(pid, (self.stack[-1][0], self.stack[-1][2]))
            self.paras.append([pid, start, 0, 0])
        self.starts[self.n] = start
        self.up[self.n] = (self.stack[-1][1], self.stack[-1][0]) if self.stack else (None, None)
        self.stack.append((tag, self.n, text))

    def handle_endtag(self, tag):
        if tag == 'p' and self.stack and self.stack[-1][0] == 'p' and self.paras:
            self.paras[-1][3] = self.off() + 4
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                end = self.html.find('>', self.off()) + 1
                for t in self.stack[i:]:
                    self.ends.setdefault(t[1], end)
                del self.stack[i:]
                return

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == 'p' and self.paras:
            self.paras[-1][2] += len(data.split())


def related_box():
    items = ''.join('<li><a href="/story/%d">%s</a></li>' % (i, t) for i, t in enumerate((
        'Council approves new budget after a long debate over spending on roads',
        'Storm leaves thousands without power across the northern counties',
        'Local team wins the regional final in a dramatic penalty shoot-out')))
    return '<div class="css-9a8b7c"><h3>More coverage</h3><ul>%s</ul></div>' % items


FIGURES = ('<figure class="css-f1g2h3"><img src="/img/a.jpg" alt=""><figcaption class="css-c4d5e6">'
           'Volunteers fill sandbags outside the town hall on Monday morning. (Photo: Jo Roe/Agency)'
           '</figcaption></figure>',
           '<div class="css-k7l8m9"><img src="/img/b.jpg" alt=""><span class="css-n1o2p3">The river '
           'burst its banks near the old mill late on Sunday night</span></div>')


BOXES = ('<div class="css-q9w8e7"><p>Get our free morning briefing delivered to your inbox every '
         'weekday, with the stories you need to know.</p><a href="/newsletters">Sign up</a></div>',
         '<p><strong>Read more:</strong> <a href="/story/9">Council approves new budget after a long '
         'debate over spending on roads</a></p>',
         '<p>Published: 12 March 2024, 10:32</p>')


def main_body(html):
    """The page's paragraphs and the element holding most of their words (None when none)."""
    try:
        ps = Paras(html)
    except Exception:
        return None, None
    words = {}
    for pid, _, w, _ in ps.paras:
        words[pid] = words.get(pid, 0) + w
    return ps, (max(words, key=words.get) if words else None)


def split_body(html, variant):
    ps, body = main_body(html)
    if body is None:
        return html
    starts = [st for pid, st, w, _ in ps.paras if pid == body]
    if len(starts) < 4:
        return html
    if variant == 'boxes':
        a, b, c = starts[len(starts) // 4], starts[len(starts) // 2], starts[3 * len(starts) // 4]
        return html[:a] + BOXES[0] + html[a:b] + BOXES[1] + html[b:c] + BOXES[2] + html[c:]
    if variant == 'figures':
        a, b = starts[len(starts) // 3], starts[2 * len(starts) // 3]
        return html[:a] + FIGURES[0] + html[a:b] + FIGURES[1] + html[b:]
    if variant == 'lazy':
        a, b = starts[len(starts) // 3], starts[2 * len(starts) // 3]
        return html[:a] + LAZY[0] + html[a:b] + LAZY[1] + html[b:]
    if variant == 'readmore':
        return every_third(html, starts, READMORE)
    if variant == 'pullquote':
        paras = [(st, end) for pid, st, w, end in ps.paras if pid == body and end > st and w >= 15]
        if len(paras) < 3:
            return html
        st, end = paras[len(paras) // 2]
        m = re.match(r'(.{40,}?[a-z][.!?])\s', plain(html[st:end]) + ' ')
        if not m:
            return html
        q = htmlmod.escape(m.group(1))
        a = starts[len(starts) // 3]
        return html[:a] + '<aside class="css-pq1"><p>%s</p></aside>' % q + html[a:]
    if variant == 'table':
        at = starts[len(starts) // 2]
        GOLD_AT.append((plain(html[at:at + 2000]), TABLE_TEXT))
        return html[:at] + TABLE + html[at:]
    at = starts[len(starts) // 2]
    tag, open_tag = ps.parents[body]
    insert = related_box() if variant != 'split' else ''
    if variant in ('split', 'split-related'):
        if tag not in ('div', 'section'):
            return html  # an <article> is one story: sites split divs
        ad = '<div class="css-4d5e6f"><div class="css-1x2y3z">Advertisement</div></div>'
        insert = '</%s>%s%s%s' % (tag, ad, insert, open_tag)
    return html[:at] + insert + html[at:]


LAZY = ('<div class="css-lz1"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/c.jpg" '
        'class="css-lz2" alt="Rescue workers at the scene"><noscript><img src="/img/c.jpg" '
        'alt="Rescue workers at the scene"></noscript></div>',
        '<figure class="css-lz3"><picture><source data-srcset="/img/d.webp" type="image/webp"><img '
        'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/d.jpg" alt=""></picture>'
        '<noscript><img src="/img/d.jpg" alt=""></noscript><figcaption>Crowds gather in the square '
        'as the results are announced. Photograph: Ana Silva</figcaption></figure>')

READMORE = ('<p><strong>READ MORE:</strong> <a href="/story/11">Council approves new budget after a '
            'long debate over spending on roads</a></p>',
            '<p>READ MORE: <a href="/story/12">Storm leaves thousands without power across the '
            'northern counties</a></p>',
            '<p><a href="/story/13"><strong>Read more</strong> Local team wins the regional final '
            'in a dramatic penalty shoot-out</a></p>',
            '<p><b>RELATED:</b> <a href="/story/14">What the new rules mean for renters and '
            'landlords this winter</a></p>')

TABLE_ROWS = (('Region', 'Votes', 'Share'), ('North', '12,408', '41.2%'), ('South', '9,733', '32.3%'),
              ('East', '5,120', '17.0%'), ('West', '2,861', '9.5%'))
TABLE = ('<table class="css-tb1"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
    ''.join('<th>%s</th>' % c for c in TABLE_ROWS[0]),
    ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % c for c in r) for r in TABLE_ROWS[1:])))
TABLE_TEXT = '\n'.join(' '.join(r) for r in TABLE_ROWS)
HEADINGS = ('What happened', 'How officials responded', 'What comes next')
PAGE_AUTHOR = ['']  # the author the extractor finds on the page being written, two words or more
GOLD_BODY = ['']  # the gold body of the page being written
GOLD_IN = []  # (text of a paragraph, words put at its start), for the page being written
GOLD_AT = []  # (text that follows the insertion, text inserted), for the page being written



def every_third(html, starts, boxes):
    """The boxes put in turn before every third of the body's paragraphs, from the third."""
    out, last = [], 0
    for k, st in enumerate(starts[2::3]):
        out.append(html[last:st])
        out.append(boxes[k % len(boxes)])
        last = st
    return ''.join(out) + html[last:]

def plain(seg):
    return htmlmod.unescape(re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', '', seg))).strip()


SENTENCE = re.compile(r'([a-z][.!?]) (?=[A-Z])')


def reshape_body(html, variant):
    """The paragraphs of the element holding most of them, written as another site would:
    one sentence a paragraph, text set apart by <br><br>, or <div>s for <p>s."""
    ps, body = main_body(html)
    if body is None:
        return html
    paras = [(st, end) for pid, st, w, end in ps.paras if pid == body and end > st]
    if len(paras) < 3:
        return html
    out, last = [], 0
    cuts = {paras[len(paras) // 3][0]: 1, paras[2 * len(paras) // 3][0]: 2} if variant == 'sections' else {}
    for k, (st, end) in enumerate(paras):
        out.append(html[last:st])
        seg = html[st:end]
        if variant == 'sections':
            if k == 0 or st in cuts:
                h = HEADINGS[cuts.get(st, 0)]
                GOLD_AT.append((plain(seg), h))
                seg = ('</section>' if k else '') + '<section class="css-sc1"><h2>%s</h2>' % h + seg
            if k == len(paras) - 1:
                seg += '</section>'
        elif variant == 'bullets':
            seg = re.sub(r'^<p\b', '<li', seg)
            seg = re.sub(r'</p>$', '</li>', seg)
            if k == 0:
                seg = '<ul class="css-ul1">' + seg
            if k == len(paras) - 1:
                seg += '</ul>'
        elif variant == 'sentences':
            seg = re.sub(r'>([^<]*)<', lambda m: '>' + SENTENCE.sub(r'\1</p><p>', m.group(1)) + '<', seg)
        elif variant == 'divs':
            seg = re.sub(r'^<p\b', '<div', seg)
            seg = re.sub(r'</p>$', '</div>', seg)
        elif variant == 'wrapped':
            seg = '<div class="css-w1r2p3">' + seg + '</div>'
        elif variant == 'br':
            seg = re.sub(r'^<p\b[^>]*>', '', seg)
            seg = re.sub(r'</p>$', '<br><br>', seg)
        out.append(seg)
        last = end
    out.append(html[last:])
    return ''.join(out)


COMMENTS = (('Margaret H.', '12 March 2024 at 14:05',
             ('I have lived here for thirty years and I have never seen anything like this. The council '
              'should have acted a long time ago instead of waiting for the problem to get worse.',
              'Thank you for covering it, though. Most of the papers have ignored the story completely.')),
            ('dave_w', '12 March 2024 at 15:40',
             ('This is exactly what people were warning about last year, and nobody listened to them. '
              'It will be the ordinary families who end up paying for it in the end.',)),
            ('Priya Natarajan', '13 March 2024 at 08:12',
             ('I think the article is a little unfair to the officials involved. They had very few '
              'options and not much money, and they did what they could with what they had.',
              'Still, I agree that somebody needs to explain what happens now.')),
            ('Tom', '13 March 2024 at 09:30',
             ('Does anyone know whether the meeting next week is open to the public? I would like to go '
              'and ask a few questions myself.',)))


def comment_thread():
    out = ['<div class="css-cm0"><h3>%d Comments</h3>' % len(COMMENTS)]
    for name, when, paras in COMMENTS:
        out.append('<div class="css-cm1"><div class="css-cm2"><strong>%s</strong> <span class="css-cm3">%s'
                   '</span></div>%s<div class="css-cm4"><a href="#">Reply</a> <a href="#">Report</a></div></div>'
                   % (name, when, ''.join('<p>%s</p>' % t for t in paras)))
    return ''.join(out) + '</div>'


AROUND = ('comments', 'bio', 'topics', 'mostread', 'paywall', 'ads', 'layout', 'oldsite', 'tail-in', 'comments-in',
          'gallery', 'short', 'paywall-in', 'mostread-in', 'qa', 'transcript', 'liveblog', 'cards', 'cookie', 'bio-top', 'byline-top', 'boldheads', 'toolbar', 'pager')
AFTER = {
    'comments': comment_thread(),
    'bio': '<div class="css-bi0"><img src="/img/author.jpg" alt=""><p><strong>Jane Roe</strong> is a senior '
           'reporter covering local government, housing and transport. She joined the paper in 2019 after '
           'six years at a regional news agency. You can reach her at jane.roe@example.com.</p></div>',
    'topics': '<div class="css-tg0"><span class="css-tg1">Topics</span><ul class="css-tg2">%s</ul></div>' % ''.join(
        '<li><a href="/topic/%d">%s</a></li>' % (i, t) for i, t in enumerate(
            ('Local government', 'Housing', 'Transport', 'Weather', 'Public safety'))),
    'mostread': '<div class="css-mr0"><h2>Most read</h2><ol class="css-mr1">%s</ol></div>' % ''.join(
        '<li><a href="/story/%d"><span class="css-mr2">%d</span><h3>%s</h3><p>%s</p></a></li>' % (20 + i, i + 1, h, t)
        for i, (h, t) in enumerate((
            ('Council approves new budget after a long debate',
             'Councillors voted by a narrow margin to back the plan, which raises spending on roads and schools.'),
            ('Storm leaves thousands without power',
             'Engineers worked through the night to restore supplies to homes across the northern counties.'),
            ('Local team wins the regional final',
             'The side held its nerve in a dramatic penalty shoot-out to lift the trophy for the first time.'),
            ('What the new rules mean for renters',
             'Landlords will have to give longer notice and carry out repairs faster under the changes.')))),
    'paywall': '<div class="css-pw0"><h3>Subscribe to continue reading</h3><p>Get unlimited access to our '
               'award-winning journalism, apps and newsletters for just $1 a week. Cancel anytime.</p>'
               '<a href="/subscribe">Subscribe now</a> <p>Already a subscriber? <a href="/login">Log in</a></p></div>',
}

TAIL_IN = ('<div class="css-tt0">Tags: <a href="/tag/council">Council</a>, <a href="/tag/housing">Housing</a>, '
           '<a href="/tag/transport">Transport</a></div><div class="css-tt1"><span>Share this article</span> '
           '<a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>')

GALLERY = '<div class="css-ga0">%s</div>' % ''.join(
    '<figure class="css-ga1"><img src="/img/g%d.jpg" alt=""><figcaption>%s <span class="css-ga2">Photo: %s</span>'
    '</figcaption></figure>' % (i, c, w) for i, (c, w) in enumerate((
        ('Residents carry furniture out of a flooded house on the main street on Monday morning, as the water '
         'began to fall for the first time in three days and volunteers arrived from neighbouring towns to help.',
         'Jo Roe/Agency'),
        ('A council worker clears mud from the steps of the primary school, which is expected to stay closed '
         'for the rest of the week while engineers check the building and its heating system.', 'Sam Poe'),
        ('Farmers move their sheep to higher ground near the river, where several fields are still under water '
         'and the road to the market town remains closed to all traffic until further notice.', 'Ana Silva'))))

CARDS = '<div class="css-cd0"><span class="css-cd1">Recommended</span>%s</div>' % ''.join(
    '<div class="css-cd2"><a href="/story/%d"><img src="/img/t%d.jpg" alt=""></a><div class="css-cd3"><a href='
    '"/story/%d">%s</a><p>%s</p></div></div>' % (50 + i, i, 50 + i, h, t) for i, (h, t) in enumerate((
        ('Council approves new budget after a long debate',
         'Councillors voted by a narrow margin on Tuesday night to back a spending plan for roads and schools.'),
        ('Storm leaves thousands without power',
         'Engineers worked through the night to restore supplies to homes across the northern counties.'))))

BYLINE_TOP = ('<div class="css-by0"><img src="/img/jroe.jpg" alt=""><div class="css-by1"><a href="/author/jane-roe">'
              'Jane Roe</a><span class="css-by2">Senior Reporter</span></div><div class="css-by3"><span>'
              'March 12, 2024 10:32 am</span> <span>4 min read</span></div><div class="css-by4"><a href="#">'
              'Share</a> <a href="#">Tweet</a> <a href="#">Email</a> <span>1.2k shares</span></div></div>')

TOOLBAR = ('<div class="css-tb0"><a href="#print">Print</a> | <a href="#email">Email</a> | <span>Text size</span> '
           '<a href="#">A</a> <a href="#">A</a> <a href="#">A</a></div>')
PAGER = ('<div class="css-pg0"><span>Page 1 of 3</span> <a href="?page=1">1</a> <a href="?page=2">2</a> '
         '<a href="?page=3">3</a> <a href="?page=2">Next page &raquo;</a></div>')

COOKIE = ('<div class="css-ck0"><p>We use cookies and similar technologies to give you the best experience on our '
          'website, to show you relevant advertising and to measure how the site is used. By clicking "Accept" '
          'you agree to this, as described in our cookie policy.</p><button>Accept</button> <button>Manage '
          'settings</button></div>')

SHORT_SIDEBAR = '<div class="css-sb0"><h3>More from the region</h3>%s</div>' % ''.join(
    '<div class="css-sb1"><h4><a href="/story/%d">%s</a></h4><p>%s</p></div>' % (40 + i, h, t)
    for i, (h, t) in enumerate((
        ('Council approves new budget after a long debate',
         'Councillors voted by a narrow margin on Tuesday night to back a spending plan that raises money for roads, '
         'schools and libraries, after a debate that lasted more than five hours.'),
        ('Storm leaves thousands without power',
         'Engineers worked through the night to restore supplies to homes and businesses across the northern '
         'counties after high winds brought down lines in several places.'),
        ('Local team wins the regional final',
         'The side held its nerve in a dramatic penalty shoot-out to lift the trophy for the first time in its '
         'history, in front of a record crowd at the town ground.'),
        ('What the new rules mean for renters',
         'Landlords will have to give longer notice and carry out repairs faster under changes announced by the '
         'government, which say tenants must be told of any rise in rent two months ahead.'),
        ('Hospital opens a new ward for children',
         'The ward has twenty beds, a school room and a garden on the roof, paid for by a fund that local families '
         'raised over five years with fairs, sponsored walks and concerts.'),
        ('Bus routes to change from next month',
         'Three rural routes will run less often and two will be merged, the operator said, blaming a fall in the '
         'number of passengers since the pandemic and the rising price of fuel.'))))

LIVE_HEADS = ('Officials give an update', 'Crowds gather outside', 'What we know so far',
              'Reaction from abroad', 'Roads reopen in the centre', 'A summary of the day')

QUESTIONS = ('Q: How did it all start?', 'Q: What was the hardest part for you?',
             'Q: What do you say to the critics?', 'Q: What happens next?')
SPEAKERS = ('INTERVIEWER', 'MARIA LOPEZ')

ADS = ('<div class="css-ad0"><div class="css-ad1">Advertisement</div></div>',
       '<p class="css-ad2">ADVERTISEMENT</p>',
       '<div class="css-ad0"><span class="css-ad3">Story continues below advertisement</span></div>')

SIDEBAR = ('<h3>Latest news</h3>' + ''.join(
    '<p><a href="/story/%d">%s</a><br>%s</p>' % (30 + i, h, t) for i, (h, t) in enumerate((
        ('Council approves new budget', 'Councillors voted by a narrow margin to back the spending plan on Tuesday.'),
        ('Storm leaves thousands without power', 'Engineers worked through the night to restore supplies to homes.'),
        ('Local team wins the regional final', 'The side held its nerve in a penalty shoot-out to lift the trophy.'),
        ('New rules for renters', 'Landlords will have to give longer notice under the changes announced today.')))))


def in_gold(text):
    """1 when a paragraph of a dozen words or more starts a line of the gold, once."""
    words = re.findall(r'\w+', text)
    pat = r'\W+'.join(map(re.escape, words[:6]))
    m = re.search(pat, GOLD_BODY[0]) if len(words) >= 12 else None
    return bool(m) and len(re.findall(pat, GOLD_BODY[0])) == 1 and (m.start() == 0 or GOLD_BODY[0][m.start() - 1] == '\n')


def ends_story(html, last, end):
    """1 when the page's last paragraph in the body's element, html[last:end], ends the
    gold: on pages whose body runs on in other elements, a box put after it would stand
    mid-story."""
    lines = [l for l in GOLD_BODY[0].split('\n') if len(l.split()) >= 4]
    words = re.findall(r'\w+', lines[-1])[-6:] if lines else []
    return len(words) >= 4 and re.search(r'\W+'.join(map(re.escape, words)), plain(html[last:end]))


def around_body(html, variant):
    """Page parts around the element holding most of the body's paragraphs: after it (a
    comment thread, an author's bio, topics, a 'Most read' list, a paywall box), between its
    paragraphs (ad labels), or the whole of it set in an old site's layout table."""
    ps, body = main_body(html)
    if body is None or body not in ps.ends:
        return html
    starts = [st for pid, st, w, _ in ps.paras if pid == body]
    if len(starts) < 3:
        return html
    if variant in AFTER:
        end = ps.ends[body]
        # only where the element ends the story: on pages whose body runs on in other
        # elements, a box put there would stand mid-story
        if not ends_story(html, starts[-1], end):
            return html
        return html[:end] + AFTER[variant] + html[end:]
    if variant == 'liveblog':
        # a live blog: the paragraphs in posts of two, each under a time and a heading (the
        # headings are the text's, the times are not)
        paras = [(st, end) for pid, st, w, end in ps.paras if pid == body and end > st]
        if len(paras) < 4:
            return html
        out, last = [], 0
        for k, (st, end) in enumerate(paras):
            out.append(html[last:st])
            if k % 2 == 0:
                h = LIVE_HEADS[(k // 2) % len(LIVE_HEADS)]
                if k:
                    out.append('</div>')
                # a heading only over text of the gold (not over a picture's line)
                head = in_gold(plain(html[st:end]))
                out.append('<div class="css-lv1"><div class="css-lv2">%d:%02d GMT</div>%s' % (
                    9 + k // 4, (k * 7) % 60, '<h3>%s</h3>' % h if head else ''))
                if head:
                    GOLD_AT.append((plain(html[st:end]), h))
            out.append(html[st:end])
            last = end
        return ''.join(out) + '</div>' + html[last:]
    if variant in ('qa', 'transcript'):
        # an interview: a bold question before every third paragraph, or each paragraph led
        # by its speaker's name in bold (both the text's: the gold gets them)
        paras = [(st, end) for pid, st, w, end in ps.paras if pid == body and end > st]
        out, last = [], 0
        for k, (st, end) in enumerate(paras):
            seg = html[st:end]
            m = re.match(r'<p\b[^>]*>', seg)
            if not m:
                continue
            out.append(html[last:st])
            if variant == 'qa' and k % 3 == 1 and in_gold(plain(seg)):
                q = QUESTIONS[(k // 3) % len(QUESTIONS)]
                GOLD_AT.append((plain(seg), q))
                out.append('<p><strong>%s</strong></p>' % q)
                out.append(seg)
            elif variant == 'transcript' and in_gold(plain(seg)):
                name = SPEAKERS[k % 2]
                GOLD_IN.append((plain(seg), name + ': '))
                out.append(seg[:m.end()] + '<strong>%s:</strong> ' % name + seg[m.end():])
            else:
                out.append(seg)
            last = end
        return ''.join(out) + html[last:]
    if variant == 'toolbar':
        # a tool row (print, email, text size) at the top of the body's element
        return html[:starts[0]] + TOOLBAR + html[starts[0]:]
    if variant in ('tail-in', 'comments-in', 'paywall-in', 'mostread-in', 'pager'):
        # inside the body's element, after its last paragraph
        end = ps.paras[[k for k, q in enumerate(ps.paras) if q[0] == body][-1]][3]
        if end <= starts[-1]:
            return html
        box = {'tail-in': TAIL_IN, 'comments-in': comment_thread(), 'paywall-in': AFTER['paywall'],
               'mostread-in': AFTER['mostread'], 'pager': PAGER}[variant]
        return html[:end] + box + html[end:]
    if variant == 'bio-top':
        # the bio of the page's own author (as its metadata names one) in a box of its own
        # just before the body's element
        if not PAGE_AUTHOR[0]:
            return html
        st = ps.starts[body]
        return html[:st] + AFTER['bio'].replace('Jane Roe', PAGE_AUTHOR[0]) + html[st:]
    if variant == 'boldheads':
        # subheadings written as a bold paragraph, before a third and two thirds (kept)
        paras = [(st, end) for pid, st, w, end in ps.paras if pid == body and end > st]
        if len(paras) < 4:
            return html
        out, last = [], 0
        for k, st in enumerate((paras[len(paras) // 3][0], paras[2 * len(paras) // 3][0])):
            if not in_gold(plain(html[st:[e for s0, e in paras if s0 == st][0]])):
                continue
            h = HEADINGS[k + 1]
            GOLD_AT.append((plain(html[st:[e for s0, e in paras if s0 == st][0]]), h))
            out.append(html[last:st])
            out.append('<p><strong>%s</strong></p>' % h)
            last = st
        return ''.join(out) + html[last:]
    if variant == 'byline-top':
        st = ps.starts[body]
        return html[:st] + BYLINE_TOP + html[st:]
    if variant in ('gallery', 'cards', 'cookie'):
        at = starts[len(starts) // 2] if variant != 'cookie' else ps.ends[body]
        return html[:at] + {'gallery': GALLERY, 'cards': CARDS, 'cookie': COOKIE}[variant] + html[at:]
    if variant == 'short':
        html_in = html
        # the story cut to its first three paragraphs, with a long rail of teasers after it
        paras = [(st, end) for pid, st, w, end in ps.paras if pid == body and end > st]
        if len(paras) < 4 or not ends_story(html, paras[-1][0], paras[-1][1]):
            return html
        # the gold up to the end of the third paragraph's line
        w = re.findall(r'\w+', plain(html[paras[2][0]:paras[2][1]]))[-6:]
        gold = GOLD_BODY[0]
        m = re.search(r'\W+'.join(map(re.escape, w)), gold) if len(w) >= 4 else None
        if not m:
            return html
        nl = gold.find('\n', m.end())
        GOLD_BODY[0] = gold if nl < 0 else gold[:nl]
        up = ps.up[body][0]
        end = ps.ends.get(up, ps.ends[body]) if ps.up[body][1] not in ('body', 'html', 'form') else ps.ends[body]
        html = html[:end] + SHORT_SIDEBAR + html[end:]
        out = html[:paras[2][1]] + html[paras[-1][1]:]
        # pages that hold the story twice (JSON-LD, an AMP copy) or whose story runs on in
        # other elements keep the cut text: no short story there
        rest = plain(out)
        for st, e in paras[3:]:
            w = re.findall(r'\w+', plain(html[st:e]))[:6]
            if len(w) >= 4 and re.search(r'\W+'.join(map(re.escape, w)), rest):
                GOLD_BODY[0] = gold
                return html_in
        return out
    if variant == 'ads':
        return every_third(html, starts, ADS)
    if variant in ('layout', 'oldsite'):
        # the column the story stands in: the body's element with its lede and head
        col = body
        up, tag = ps.up[body]
        if up is not None and tag not in ('body', 'html', 'form') and up in ps.ends:
            col = up
        st, end = ps.starts[col], ps.ends[col]
        inner = html[st:end]
        if variant == 'oldsite':
            inner = reshape_body(inner, 'br')
        return (html[:st] + '<table width="100%" cellpadding="4"><tr><td valign="top" width="70%">' + inner +
                '</td><td valign="top" width="30%">' + SIDEBAR + '</td></tr></table>' + html[end:])
    return html


def rewrite(html, variant):
    if variant in ('split', 'related', 'split-related', 'figures', 'boxes', 'lazy', 'readmore', 'pullquote',
                   'table'):
        return split_body(html, variant)
    if variant in ('sentences', 'divs', 'br', 'wrapped', 'sections', 'bullets'):
        return reshape_body(html, variant)
    if variant in AROUND:
        return around_body(html, variant)
    if variant in ('classes', 'both'):
        html = ATTR.sub(hashed, html)
    if variant == 'bare':
        html = ATTR.sub('', html)
    if variant in ('h2', 'logo'):
        html = re.sub(r'<(/?)h1\b', lambda m: '<' + m.group(1) + 'h2', html, flags=re.I)
    if variant == 'logo':
        html = re.sub(r'(<body\b[^>]*>)', r'\1<div class="css-l0g0"><h1><a href="/">The Daily Example</a></h1></div>',
                      html, count=1, flags=re.I)
    if variant in ('tags', 'both'):
        html = TAGS.sub(lambda m: '<' + m.group(1) + 'div', html)
    return html


def page_author(page):
    """The first author of two words or more that annals reads on the page, or ''."""
    r = subprocess.run([os.environ.get('ANNALS', os.path.join(ROOT, 'build', 'annals')), 'read', '-'], input=page,
                       capture_output=True, text=True)
    try:
        names = [a for a in json.loads(r.stdout).get('authors') or [] if ' ' in a]
    except ValueError:
        return ''
    return names[0] if names else ''


def with_prefixed(body, prefixes):
    """The gold text with words put at the start of the paragraphs they lead (found by their
    first words; left out when not found)."""
    for para, text in prefixes:
        words = re.findall(r'\w+', para)[:6]
        m = re.search(r'\W+'.join(map(re.escape, words)), body) if len(words) >= 3 else None
        if m:
            at = body.rfind('\n', 0, m.start()) + 1
            body = body[:at] + text + body[at:]
    return body


def with_inserted(body, inserts):
    """The gold text with kept insertions put before the paragraph they precede (found by its
    first words; at the end when not found)."""
    for follow, text in inserts:
        words = re.findall(r'\w+', follow)[:6]
        m = re.search(r'\W+'.join(map(re.escape, words)), body) if len(words) >= 3 else None
        at = body.rfind('\n', 0, m.start()) + 1 if m else len(body)
        body = body[:at] + text + '\n' + body[at:] if m else body + '\n' + text
    return body


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    variants = args or ['classes', 'tags', 'both', 'bare', 'h2', 'logo', 'split', 'related', 'split-related',
                        'figures', 'boxes', 'sentences', 'divs', 'br', 'wrapped', 'readmore', 'pullquote',
                        'lazy', 'bullets', 'table', 'sections'] + list(AROUND)
    dev = json.load(open(os.path.join(SHARED, 'dev.json')))
    ids = list(dev)
    for v in variants:
        work = os.path.join(ROOT, 'build', 'eval', 'stress', v)
        os.makedirs(os.path.join(work, 'html'), exist_ok=True)
        for f in os.listdir(os.path.join(work, 'html')):
            os.unlink(os.path.join(work, 'html', f))
        gold = {}
        for i in ids:
            with gzip.open(os.path.join(SHARED, 'html', i + '.html.gz'), 'rt', encoding='utf-8',
                           errors='replace') as f:
                del GOLD_AT[:]
                del GOLD_IN[:]
                GOLD_BODY[0] = dev[i]['articleBody']
                page = f.read()
                PAGE_AUTHOR[0] = page_author(page) if v == 'bio-top' else ''
                page = rewrite(page, v)
            gold[i] = dict(dev[i], articleBody=with_prefixed(with_inserted(GOLD_BODY[0], GOLD_AT), GOLD_IN))
            with open(os.path.join(work, 'html', i + '.html'), 'w', encoding='utf-8') as f:
                f.write(page)
        pred = os.path.join(work, 'pred.json')
        with open(pred, 'w') as out:
            subprocess.run([os.environ.get('ANNALS', os.path.join(ROOT, 'build', 'annals')), 'read', '--format', 'aeb',
                            os.path.join(work, 'html')], stdout=out, check=True)
        print(f'stress {v:<8}', end=' ', flush=True)
        extra = ['--errors'] if '--errors' in sys.argv else []
        gold_file = os.path.join(work, 'gold.json')
        with open(gold_file, 'w', encoding='utf-8') as f:
            json.dump(gold, f)
        subprocess.run([sys.executable, os.path.join(SHARED, 'score.py'), gold_file, pred] + extra,
                       check=True)


if __name__ == '__main__':
    main()
