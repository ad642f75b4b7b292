#!/usr/bin/env python3
"""Writes saved-page fixtures: real article texts (news-please JSON, see
../../../shared/data/newsplease) set in four page layouts of the kinds news
sites use, with their navigation, advertising, related links, comments and
footers. Each page OUT_DIR/pages/NAME.html has its clean body in
OUT_DIR/gold/NAME.txt (the article's paragraphs, apart by blank lines).

    python3 make_pages.py NEWSPLEASE_DIR OUT_DIR [--heldout]

The pages of --heldout (in heldout/) are scored, never looked at to
write rules.
"""
import html, json, os, random, sys

COMMENTS = [
    "This is exactly what I have been saying for years. Nobody listens until it is too late.",
    "Great reporting as always, thank you for covering this properly.",
    "I live nearby and can confirm the situation is far worse than described here.",
    "Why does every article on this site end up being about politics? Just report the facts.",
    "Does anyone know whether the council has responded yet? I could not find anything online.",
    "Absolutely shocking. My thoughts are with the families affected.",
    "The comments section here is always more informative than the article itself.",
    "I cancelled my subscription last month and this is why. Lazy journalism.",
]
NAV = ["Home", "News", "World", "Politics", "Business", "Tech", "Science", "Health", "Sport",
       "Culture", "Opinion", "Travel", "Video", "Podcasts", "Newsletters", "Subscribe"]

def esc(s):
    return html.escape(s, quote=True)

def paras(d):
    t = d.get("maintext") or d.get("text") or ""
    if t in ("None", None):
        return []
    return [" ".join(p.split()) for p in t.split("\n") if p.strip()]

def related(others, n, rnd):
    picks = rnd.sample(others, n)
    return picks

def head(d, site, jsonld):
    title = d["title"]
    date = (d.get("date_publish") or "")[:10]
    out = [f"<head><meta charset='utf-8'><title>{esc(title)} | {esc(site)}</title>",
           f"<meta property='og:title' content='{esc(title)}'>",
           f"<meta property='og:site_name' content='{esc(site)}'>",
           "<meta name='viewport' content='width=device-width'>",
           "<script>window.dataLayer=[];function track(){dataLayer.push(arguments)}</script>",
           "<style>.ad{min-height:250px}</style>"]
    if date:
        out.append(f"<meta property='article:published_time' content='{date}T08:00:00Z'>")
    if jsonld:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": date, "publisher": {"@type": "Organization", "name": site}}
        out.append(f"<script type='application/ld+json'>{json.dumps(ld)}</script>")
    out.append("</head>")
    return "\n".join(out)

def modern(d, ps, others, rnd, site):
    """Semantic markup: header, nav, article, aside, comments, footer."""
    nav = "".join(f"<li><a href='/{n.lower()}'>{n}</a></li>" for n in NAV)
    body = []
    for i, p in enumerate(ps):
        body.append(f"<p>{esc(p)}</p>")
        if i == 1:
            body.append("<figure><img src='/img/1.jpg' alt='A photo'><figcaption>The scene on the day. "
                        "Photograph: Agency</figcaption></figure>")
        if i == 2:
            o = others[0]
            body.append(f"<p class='read-more'><strong>Read more:</strong> <a href='/x'>{esc(o['title'])}</a></p>")
        if i == 3:
            body.append("<div class='ad ad-inline'><span>Advertisement</span></div>")
        if i == 4:
            body.append("<div class='newsletter-signup'><h3>Get our morning briefing</h3><p>Sign up to receive "
                        "the day's top stories in your inbox every weekday morning.</p><form><input type='email'>"
                        "<button>Sign up</button></form></div>")
    most = "".join(f"<li><a href='/r{i}'>{esc(o['title'])}</a></li>" for i, o in enumerate(others[1:9]))
    comments = "".join(f"<div class='comment'><span class='user'>reader{i}</span><p>{esc(c)}</p></div>"
                       for i, c in enumerate(rnd.sample(COMMENTS, 5)))
    return f"""<!DOCTYPE html><html lang='en'>{head(d, site, True)}<body>
<div class='cookie-banner'><p>We use cookies to improve your experience. By continuing you agree to our cookie policy.</p><button>Accept</button></div>
<header class='site-header'><a class='logo' href='/'>{esc(site)}</a><nav><ul>{nav}</ul></nav></header>
<div class='breadcrumb'><a href='/'>Home</a> › <a href='/news'>News</a></div>
<main><article>
<h1>{esc(d['title'])}</h1>
<div class='byline'>By <a href='/staff'>Staff Reporter</a> · <time>{esc((d.get('date_publish') or '')[:10])}</time></div>
<div class='share'><a>Share on Facebook</a><a>Share on Twitter</a><a>Email</a></div>
<div class='article-body'>{''.join(body)}</div>
<ul class='tags'><li><a>World</a></li><li><a>Politics</a></li></ul>
</article>
<aside class='most-read'><h2>Most read</h2><ol>{most}</ol></aside>
<section class='comments'><h2>Comments (5)</h2>{comments}</section>
</main>
<footer><ul><li><a>About us</a></li><li><a>Contact</a></li><li><a>Terms</a></li><li><a>Privacy</a></li></ul>
<p>© 2018 {esc(site)}. All rights reserved. Registered in England and Wales.</p></footer>
</body></html>"""

def soup(d, ps, others, rnd, site):
    """Old layout: nested divs and tables, no semantic elements."""
    links = "".join(f"<a href='/s{i}'>{n}</a> | " for i, n in enumerate(NAV))
    rel = "".join(f"<div class='rel-item'><a href='/r{i}'><b>{esc(o['title'])}</b></a><br>"
                  f"<span>{esc((paras(o) or [''])[0][:180])}</span></div>" for i, o in enumerate(others[:6]))
    body = "".join(f"<p>{esc(p)}</p>" for p in ps)
    return f"""<html>{head(d, site, False)}<body>
<table width='100%'><tr><td class='top'>{links}</td></tr></table>
<div id='wrapper'><div id='left-col'>
<div class='headline'><font size='5'>{esc(d['title'])}</font></div>
<div class='dateline'>Published: {esc((d.get('date_publish') or '')[:10])}</div>
<div id='story-body' class='story-body'>{body}</div>
<div class='related'><div class='rel-title'>Related stories</div>{rel}</div>
</div>
<div id='right-col' class='sidebar'><div class='box'><b>Weather</b><br>Sunny, 21°C</div>
<div class='box'><b>Latest</b><br>{'<br>'.join(esc(o['title']) for o in others[6:12])}</div></div>
</div>
<div id='footer'>Copyright 2018 {esc(site)} Ltd. Contact | Advertise | Jobs | Site map</div>
</body></html>"""

def blog(d, ps, others, rnd, site):
    """A publishing platform's theme: entry content, author box, long comments."""
    body = []
    for i, p in enumerate(ps):
        body.append(f"<p>{esc(p)}</p>")
    comments = "".join(f"<li class='comment'><div class='comment-author'>guest{i} says:</div>"
                       f"<div class='comment-content'><p>{esc(c)} {esc(c2)}</p></div></li>"
                       for i, (c, c2) in enumerate(zip(rnd.sample(COMMENTS, 4), rnd.sample(COMMENTS, 4))))
    recent = "".join(f"<li><a href='/p{i}'>{esc(o['title'])}</a></li>" for i, o in enumerate(others[:5]))
    return f"""<!DOCTYPE html><html>{head(d, site, True)}<body class='single-post'>
<div id='page'><header id='masthead'><div class='site-title'>{esc(site)}</div>
<nav class='main-navigation'><ul>{''.join(f'<li><a>{n}</a></li>' for n in NAV[:8])}</ul></nav></header>
<div id='content' class='site-content'><div id='primary'>
<div class='post'><h1 class='entry-title'>{esc(d['title'])}</h1>
<div class='entry-meta'>Posted on {esc((d.get('date_publish') or '')[:10])} by admin</div>
<div class='entry-content'>{''.join(body)}
<div class='sharedaddy'><h3>Share this:</h3><ul><li>Twitter</li><li>Facebook</li></ul></div></div>
<div class='author-bio'><h4>About the author</h4><p>Our correspondent has covered the region for more than a decade and writes about politics, business and culture.</p></div>
</div>
<div id='comments'><h2>{len(COMMENTS[:4])} thoughts on “{esc(d['title'])}”</h2><ol class='comment-list'>{comments}</ol>
<div id='respond'><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>
</div><div id='secondary' class='widget-area'><section class='widget'><h2>Recent Posts</h2><ul>{recent}</ul></section></div></div>
<footer id='colophon'><div class='site-info'>Proudly powered by a publishing platform. Theme by a designer.</div></footer></div>
</body></html>"""

def minimal(d, ps, others, rnd, site):
    """A light page: header, article paragraphs, a long about-us footer."""
    body = "".join(f"<p>{esc(p)}</p>" for p in ps)
    return f"""<!doctype html><html>{head(d, site, True)}<body>
<div class='consent'><p>This site uses cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic.</p></div>
<header><h2><a href='/'>{esc(site)}</a></h2></header>
<article><header><h1>{esc(d['title'])}</h1></header>{body}
<p class='correction'><em>Have a news tip? Email us at tips@example.com.</em></p></article>
<section class='more'><h3>More from {esc(site)}</h3>{''.join(f"<h4><a href='/m{i}'>{esc(o['title'])}</a></h4>" for i, o in enumerate(others[:4]))}</section>
<footer><p>{esc(site)} is an independent news organisation founded to report on the stories that matter. We are funded by our readers and by advertising, and our journalism is free for everyone to read. Our editorial independence means we set our own agenda.</p></footer>
</body></html>"""

def magazine(d, ps, others, rnd, site):
    """A magazine's layout: promos and recirculation modules inside the body."""
    body = []
    for i, p in enumerate(ps):
        body.append(f"<p class='c-paragraph'>{esc(p)}</p>")
        if i == 1:
            o = others[0]
            body.append(f"<aside class='c-article__promo'><a href='/p'><span>Recommended</span> {esc(o['title'])}</a></aside>")
        if i == 3:
            body.append("<div class='js-outbrain OUTBRAIN' data-widget-id='AR_1'><div>Promoted stories: You won't believe what "
                        "these celebrities look like today</div></div>")
        if i == 4:
            body.append("<div class='paywall-teaser'><p>You have read 3 of your 5 free articles this month. "
                        "Subscribe now for unlimited access.</p></div>")
    pop = "".join(f"<li class='most-popular__item'><a>{esc(o['title'])}</a></li>" for o in others[1:7])
    return f"""<!DOCTYPE html><html>{head(d, site, True)}<body>
<div id='gdpr-notice'><p>By using this site you agree to the storing of cookies on your device to enhance site navigation.</p></div>
<div class='c-header'><div class='c-header__brand'>{esc(site)}</div><ul class='c-header__menu'>{''.join(f'<li><a>{n}</a></li>' for n in NAV)}</ul></div>
<div class='c-article'><h1 class='c-article__title'>{esc(d['title'])}</h1>
<div class='author-card'><img src='a.jpg'><span>Written by Our Writer</span><p>Our Writer is a senior editor who covers world affairs.</p></div>
<div class='c-article__body'>{''.join(body)}</div>
<p class='follow-cta'>Follow us on Twitter and Facebook for the latest updates.</p>
</div>
<div class='most-popular'><h3>Most popular</h3><ul>{pop}</ul></div>
<div id='disqus_thread'>{''.join(f'<div class="post"><p>{esc(c)}</p></div>' for c in rnd.sample(COMMENTS, 3))}</div>
<div class='c-footer'><p>Subscribe to the print edition and save 50%. Terms and conditions apply.</p><p>{esc(site)} Media Group</p></div>
</body></html>"""

def wire(d, ps, others, rnd, site):
    """A wire service's page: a dateline lede, a long list of latest headlines first."""
    latest = "".join(f"<div class='latest'><a>{esc(o['title'])}</a> <span>2h ago</span></div>" for o in others[:10])
    body = "".join(f"<p>{esc(p)}</p>" for p in ps)
    return f"""<html><head><title>{esc(d['title'])}</title></head><body>
<div class='top-bar'>Markets | World | Business | Legal | Breakingviews | Technology</div>
<div class='column-left'>{latest}</div>
<div class='column-main'><h1>{esc(d['title'])}</h1><div class='timestamp'>{esc((d.get('date_publish') or '')[:10])}</div>
<div class='body-text'>{body}</div>
<div class='trust'><p>Our Standards: The Trust Principles.</p></div>
<div class='reporting'><p>Reporting by a correspondent; Editing by an editor</p></div></div>
<div class='bottom'><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p></div>
</body></html>"""

def local(d, ps, others, rnd, site):
    """A local paper's CMS page: inline related links and a photo gallery."""
    body = []
    for i, p in enumerate(ps):
        body.append(f"<div class='story-para'>{esc(p)}</div>")
        if i == 2:
            body.append("<div class='inline-related'><h4>RELATED</h4>" +
                        "".join(f"<a>{esc(o['title'])}</a><br>" for o in others[:3]) + "</div>")
    gallery = "".join(f"<li><img src='g{i}.jpg'><p class='cap'>Photo {i + 1} of 6: residents gather at the scene.</p></li>" for i in range(6))
    return f"""<!DOCTYPE html><html>{head(d, site, False)}<body>
<div class='masthead'><h2>{esc(site)}</h2><div class='weather'>Partly cloudy 58°</div></div>
<div class='main-nav'>{' '.join(NAV)}</div>
<div class='story'><h1>{esc(d['title'])}</h1><div class='story-meta'>Staff report | Updated {esc((d.get('date_publish') or '')[:10])}</div>
<div class='story-text'>{''.join(body)}</div>
<div class='gallery'><ul>{gallery}</ul></div>
<div class='story-footer'><p>Copyright 2018 {esc(site)}. This material may not be published, broadcast, rewritten or redistributed.</p></div></div>
<div class='classifieds'><h3>Classifieds</h3><p>Garage sale Saturday 8am, furniture, tools and more. Call for details.</p></div>
</body></html>"""

LAYOUTS = [modern, soup, blog, minimal]
HELDOUT = [magazine, wire, local]

def main():
    src, out = sys.argv[1], sys.argv[2]
    # --heldout: other layouts and other articles, kept apart from the
    # ones rules were written on
    heldout = "--heldout" in sys.argv[3:]
    layouts = HELDOUT if heldout else LAYOUTS
    os.makedirs(os.path.join(out, "pages"), exist_ok=True)
    os.makedirs(os.path.join(out, "gold"), exist_ok=True)
    arts = []
    for f in sorted(os.listdir(src)):
        if f.endswith(".json"):
            d = json.load(open(os.path.join(src, f)))
            if len(paras(d)) >= 4 and d.get("title"):
                arts.append((f[:12], d))
    rnd = random.Random(11)
    chosen = rnd.sample([a for a in arts if len(paras(a[1])) >= 6], 24)
    if heldout:
        rest = [a for a in arts if a not in chosen]
        chosen = random.Random(29).sample(rest, min(15, len(rest)))
    for n, (stem, d) in enumerate(chosen):
        others = [o for s, o in arts if s != stem]
        rnd.shuffle(others)
        site = (d.get("source_domain") or "www.example-news.com")
        site = site if site != "None" else "www.example-news.com"
        site = site.replace("www.", "").split(".")[0].title()
        layout = layouts[n % len(layouts)]
        ps = paras(d)
        name = f"{layout.__name__}-{stem}"
        with open(os.path.join(out, "pages", name + ".html"), "w") as f:
            f.write(layout(d, ps, others, rnd, site))
        with open(os.path.join(out, "gold", name + ".txt"), "w") as f:
            f.write("\n\n".join(ps) + "\n")

main()
