import KohoTemplates

/// A staff profile page the way a theme writes it: a base layout with head meta, navigation and footer, the
/// profile layout extending it, and partials for topics, social links, hashtags, latest posts and sharing.
enum BenchTemplates {
    static let sources: [TemplateSource] = [
        source("base.html", base),
        source("staff.html", staff),
        source("partials/topics.html", topics),
        source("partials/social.html", social),
        source("partials/hashtags.html", hashtags),
        source("partials/latest-posts.html", latestPosts),
        source("partials/share.html", share),
    ]

    static let translations: [String: String] = [
        "departments": "部署", "phone": "電話", "topics": "担当していること", "social_media": "SNS",
        "hashtags": "ハッシュタグ", "latest_posts": "新着のお知らせ", "share": "この職員を紹介する",
        "read_more": "続きを読む", "n_posts": "{0}件のお知らせ",
    ]

    private static func source(_ name: String, _ text: String) -> TemplateSource {
        TemplateSource(name: name, path: "themes/bench/layouts/" + name, text: text)
    }

    static let base = """
        <!doctype html>
        <html lang="{{ site.language }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{% block title %}{{ site.title }}{% endblock %}</title>
        <meta name="description" content="{{ page.description | default(site.description) }}">
        <link rel="canonical" href="{{ page.permalink }}">
        <meta property="og:type" content="{% block og_type %}website{% endblock %}">
        <meta property="og:title" content="{{ page.title }}">
        <meta property="og:description" content="{{ page.description | default(site.description) | truncate(120) }}">
        <meta property="og:url" content="{{ page.permalink }}">
        <meta property="og:site_name" content="{{ site.title }}">
        {%- if page.image %}
        <meta property="og:image" content="{{ page.image.src | abs_url }}">
        <meta property="og:image:alt" content="{{ page.image.alt }}">
        {%- endif %}
        <meta name="twitter:card" content="summary_large_image">
        <link rel="stylesheet" href="{{ "/assets/style.css" | rel_url }}">
        <link rel="alternate" type="application/rss+xml" title="{{ site.title }}" href="{{ "/feed.xml" | rel_url }}">
        {% block head_extra %}{% endblock %}
        </head>
        <body class="kind-{{ page.kind }}">
        <header class="site-header">
        <a class="site-title" href="{{ "/" | rel_url }}">{{ site.title }}</a>
        <nav aria-label="{{ "departments" | t }}">
        <ul>
        {%- for d in site.departments %}
        <li{% if page.section == d.slug %} class="active"{% endif %}><a href="{{ d.url }}">{{ d.name }}</a>
        {%- if d.children | length > 0 %}
        <ul>{% for c in d.children %}<li><a href="{{ c.url }}">{{ c.name }}</a></li>{% endfor %}</ul>
        {%- endif %}</li>
        {%- endfor %}
        </ul>
        </nav>
        </header>
        <main id="main">
        {% block content %}{% endblock %}
        </main>
        <footer class="site-footer">
        <p class="org">{{ site.organization.name }}</p>
        <address>{{ site.organization.address }}<br>{{ "phone" | t }}: <a href="tel:{{ site.organization.phone }}">{{ site.organization.phone }}</a></address>
        <p>&copy; {{ site.build_date | date("%Y") }} {{ site.organization.name }}</p>
        </footer>
        </body>
        </html>

        """

    static let staff = """
        {% extends "base.html" %}
        {% block title %}{{ staff.name }} | {{ site.title }}{% endblock %}
        {% block og_type %}profile{% endblock %}
        {% block head_extra %}<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":{{ staff.name | json }},"jobTitle":{{ staff.role | json }},"url":{{ page.permalink | json }}{% if staff.social %},"sameAs":[{% for s in staff.social %}{{ s.url | json }}{% if not loop.last %},{% endif %}{% endfor %}]{% endif %}}</script>{% endblock %}
        {% block content %}
        <article class="profile">
        <header>
        <h1>{% if staff.reading %}<ruby>{{ staff.name }}<rp>（</rp><rt>{{ staff.reading }}</rt><rp>）</rp></ruby>{% else %}{{ staff.name }}{% endif %}</h1>
        {%- if staff.name_en %}
        <p class="name-en" lang="en">{{ staff.name_en }}</p>
        {%- endif %}
        <p class="role">{{ staff.role }}</p>
        <p class="departments">{% for d in staff.departments %}<a href="{{ d.url }}">{% if d.parent %}{{ d.parent.name }} {% endif %}{{ d.name }}</a>{% if not loop.last %}、{% endif %}{% endfor %}</p>
        {%- if staff.photo %}
        <img class="photo" src="{{ staff.photo.src | rel_url }}" alt="{{ staff.photo.alt }}" width="160" height="160">
        {%- endif %}
        </header>
        <div class="prose">{{ staff.content }}</div>
        {% include "partials/topics.html" %}
        {% include "partials/social.html" %}
        {% include "partials/hashtags.html" %}
        {% include "partials/latest-posts.html" %}
        {% include "partials/share.html" %}
        </article>
        {% endblock %}

        """

    static let topics = """
        {%- if staff.topics %}
        <section class="topics">
        <h2>{{ "topics" | t }}</h2>
        <ul>
        {%- for topic in staff.topics %}
        <li>{{ topic }}</li>
        {%- endfor %}
        </ul>
        </section>
        {%- endif %}

        """

    static let social = """
        {%- if staff.social %}
        <section class="social">
        <h2>{{ "social_media" | t }}</h2>
        <ul>
        {%- for account in staff.social %}
        <li class="social-{{ account.service }}"><a href="{{ account.url }}" rel="me noopener">{{ account.label }}<span class="handle">{{ account.handle }}</span></a></li>
        {%- endfor %}
        </ul>
        </section>
        {%- endif %}

        """

    static let hashtags = """
        {%- if page.hashtags | length > 0 %}
        <ul class="hashtags" aria-label="{{ "hashtags" | t }}">
        {%- for tag in page.hashtags %}
        <li><a href="{{ tag.url }}">#{{ tag.name }}</a></li>
        {%- endfor %}
        </ul>
        {%- endif %}

        """

    static let latestPosts = """
        {%- if staff.posts %}
        <section class="latest-posts">
        <h2>{{ "latest_posts" | t }} <small>{{ "n_posts" | t(staff.posts | length) }}</small></h2>
        <ul>
        {%- for post in staff.posts[:5] %}
        <li><time datetime="{{ post.date }}">{{ post.date | date }}</time> <a href="{{ post.url }}">{{ post.title }}</a>
        {%- if post.summary %}<p>{{ post.summary | truncate(80) }}</p>{% endif %}</li>
        {%- endfor %}
        </ul>
        </section>
        {%- endif %}

        """

    static let share = """
        {%- if page.share %}
        <section class="share">
        <h2>{{ "share" | t }}</h2>
        <ul>
        {%- for sh in page.share %}
        <li><a class="share-link share-{{ sh.target }}" href="{{ sh.url }}" rel="noopener"{% if sh.target != "email" %} target="_blank"{% endif %}>{{ sh.label }}</a></li>
        {%- endfor %}
        </ul>
        </section>
        {%- endif %}

        """
}
