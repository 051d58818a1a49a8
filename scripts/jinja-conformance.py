#!/usr/bin/env python3
"""Records how Jinja2 renders a set of templates, as the reference for Koho's template engine.

usage: scripts/jinja-conformance.py   (needs Jinja2: python3 -m pip install Jinja2==3.1.6)

Writes Tests/KohoTemplatesTests/Fixtures/jinja-conformance.json: each case's templates, context and Jinja2's
output (or the name of its error). JinjaConformanceTests renders the same cases with Koho and compares; where
Koho differs on purpose, the test names the case and says why.
"""
import json
import os

import jinja2

CONTEXT = {
    "site": {"title": "架空市 & <役所>",
             "tags": [{"name": "桜", "url": "/t/桜/"}, {"name": "防災", "url": "/t/防災/"}],
             "staff": [{"name": "佐藤", "order": 2}, {"name": "阿部", "order": 1}, {"name": "伊藤", "order": 3}]},
    "items": [3, 1, 2], "empty": [], "name": "O'Brien \"x\"", "n": 7, "f": 2.5, "zero": 0, "nothing": None,
    "words": ["a", "b", "c"], "html": "<b>bold</b>", "flag": True, "no": False, "text": "  Hello World  ",
    "long": "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。",
}

SINGLE = {
    "print-escaped": "{{ site.title }}|{{ name }}|{{ 'a&b <c>' }}|{{ html }}|{{ html | safe }}|{{ html | e }}",
    "arithmetic": "{{ n + 1 }}|{{ n - 10 }}|{{ n * 3 }}|{{ n / 2 }}|{{ n // 2 }}|{{ n % 3 }}|{{ -7 % 3 }}|{{ 2 ** 10 }}",
    "floats": "{{ f * 2 }}|{{ 4 / 2 }}|{{ 1 / 3 }}|{{ 0.1 + 0.2 }}|{{ 1e3 }}",
    "concat": "{{ 'a' ~ n ~ 'b' }}|{{ 'a' + 'b' }}|{{ [1, 2] + [3] | join }}",
    "precedence": "{{ 1 + 2 * 3 }}|{{ (1 + 2) * 3 }}|{{ 2 * 3 ~ 4 }}|{{ not 1 == 2 }}|{{ -2 ** 2 }}",
    "loop": "{% for i in items %}{{ loop.index }}:{{ i }}{% if not loop.last %},{% endif %}{% endfor %}",
    "loop-vars": "{% for i in items %}{{ loop.index0 }}{{ loop.revindex }}{{ loop.revindex0 }}{{ loop.first }}{{ loop.length }} {% endfor %}",
    "for-else": "{% for i in empty %}x{% else %}none{% endfor %}",
    "nested-loops": "{% for a in words %}{% for b in words %}{{ loop.index }}{% endfor %}|{{ loop.index }} {% endfor %}",
    "set-in-for": "{% set x = 1 %}{% for i in items %}{% set x = i %}{% endfor %}{{ x }}",
    "set-in-if": "{% set x = 1 %}{% if true %}{% set x = 2 %}{% endif %}{{ x }}",
    "if-elif": "{% if n > 5 and not flag == false %}big{% elif n > 2 %}mid{% else %}small{% endif %}",
    "list-filters": "{{ items | length }}|{{ items | first }}|{{ items | last }}|{{ items | sort | join(',') }}|{{ items | reverse | join }}|{{ items | sum }}|{{ items | min }}|{{ items | max }}",
    "string-filters": "{{ words | join(', ') }}|{{ 'abc' | upper }}|{{ 'ABC' | lower }}|{{ text | trim }}|{{ 'hello world' | capitalize }}|{{ 'hello world' | title }}",
    "default": "{{ nothing | default('d') }}|{{ undefined_var | default('u') }}|{{ '' | default('e', true) }}|{{ zero | default(5) }}",
    "truncate": "{{ long | truncate(10) }}|{{ long | length }}",
    "urlencode": "{{ 'a b&c/d?é' | urlencode }}",
    "sort-map": "{{ site.staff | sort(attribute='order') | map(attribute='name') | join(',') }}",
    "numbers": "{{ 3.7 | round }}|{{ 3.2 | int }}|{{ -3 | abs }}|{{ '42' | int + 1 }}|{{ 2.567 | round(2) }}",
    "in": "{{ [1,2,2,3,1] | unique | join }}|{{ 'x' in 'xyz' }}|{{ 2 in items }}|{{ 5 not in items }}|{{ 'a' in {'a': 1} }}",
    "subscripts": "{{ items[0] }}|{{ items[-1] }}|{{ items[1:] | join }}|{{ items[:2] | join }}|{{ 'hello'[1:3] }}|{{ site['title'] }}",
    "tests": "{{ n is defined }}|{{ zz is defined }}|{{ zz is not defined }}|{{ nothing is none }}|{{ n is odd }}|{{ n is even }}",
    "line-break-after-tag": "a\n{% if true %}\nb\n{% endif %}\nc",
    "trim-markers": "a\n{%- if true -%}\nb\n{%- endif -%}\nc",
    "trim-print": "  {{- 'x' -}}  ",
    "trim-comment": "{# c #}x{#- c -#} y",
    "trim-loop": "{% for i in items -%}\n  {{ i }}\n{%- endfor %}",
    "raw": "{% raw %}{{ x }}{% endraw %}",
    "conditional-expression": "{{ 'yes' if flag else 'no' }}|{{ 'yes' if no else 'no' }}",
    "set-block": "{% set s %}inner {{ n }}{% endset %}[{{ s }}]",
    "items": "{% for k, v in {'a': 1, 'b': 2} | items %}{{ k }}={{ v }};{% endfor %}",
    "truthiness": "{{ [] | length }}|{% if empty %}t{% else %}f{% endif %}|{% if zero %}t{% else %}f{% endif %}|{% if '0' %}t{% else %}f{% endif %}",
    "for-if": "{% for s in site.staff if s.order > 1 %}{{ s.name }}{% endfor %}",
    "map-join": "{{ site.tags | map(attribute='name') | join('、') }}",
    "comparisons": "{{ 10 > 9 > 8 }}|{{ 1 < 2 < 1 }}|{{ 'b' > 'a' }}|{{ 1 == 1.0 }}|{{ 'a' != 'b' }}",
    "replace-striptags": "{{ 'a,b,c' | replace(',', '-') }}|{{ 'Hello' | replace('l', 'L', 1) }}|{{ '<p>x</p> y' | striptags }}",
    "tojson": "{{ {'a': 1} | tojson }}|{{ '</script>' | tojson }}|{{ [1, 'a', none, true] | tojson }}",
    "cycle": "{% for i in [1,2,3] %}{{ loop.cycle('odd', 'even') }} {% endfor %}",
    "string-repeat": "{{ 'x' * 3 }}",
    "conversions": "{{ n | string ~ '!' }}|{{ '5' | float }}|{{ 5 | float }}",
    "final-line-break": "x\n",
    "undefined-is-an-error": "{{ nope }}",
    "missing-field-is-an-error": "{{ site.nope }}",
}

MULTI = {
    "extends-super": {
        "t.html": "{% extends 'base.html' %}{% block title %}Child{% endblock %}{% block body %}[{{ super() }}]{{ n }}{% endblock %}",
        "base.html": "<title>{% block title %}Base{% endblock %}</title>\n{% block body %}base body{% endblock %}\n{% block foot %}foot{% endblock %}"},
    "extends-two-levels": {
        "t.html": "{% extends 'mid.html' %}{% block a %}C{{ super() }}{% endblock %}",
        "mid.html": "{% extends 'base.html' %}{% block a %}M{{ super() }}{% endblock %}{% block b %}mb{% endblock %}",
        "base.html": "{% block a %}B{% endblock %}|{% block b %}bb{% endblock %}"},
    "include-sees-variables": {"t.html": "{% set who = 'x' %}{% include 'p.html' %}{{ who }}",
                               "p.html": "{{ who }}{% set who = 'y' %}{{ who }}"},
    "child-top-level-set": {"t.html": "{% extends 'base.html' %}{% set active = 'staff' %}{% block b %}{{ active }}{% endblock %}",
                            "base.html": "{{ active }}|{% block b %}{% endblock %}"},
    "child-text-outside-blocks": {"t.html": "{% extends 'base.html' %}outside{% block b %}in{% endblock %}",
                                  "base.html": "[{% block b %}{% endblock %}]"},
    "nested-blocks": {"t.html": "{% extends 'base.html' %}{% block inner %}X{% endblock %}",
                      "base.html": "{% block outer %}O{% block inner %}I{% endblock %}{% endblock %}"},
    "include-in-loop": {"t.html": "{% for x in items %}{% include 'p.html' %}{% endfor %}",
                        "p.html": "{% set y = x * 2 %}{{ y }},"},
    "include-final-line-break": {"t.html": "a\n{% include 'p.html' %}\nb", "p.html": "inc\n"},
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "Tests", "KohoTemplatesTests", "Fixtures", "jinja-conformance.json")
    cases = [(name, {"t.html": text}) for name, text in SINGLE.items()] + list(MULTI.items())
    records = []
    for name, templates in cases:
        env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                                 loader=jinja2.DictLoader(templates))
        try:
            expected, error = env.get_template("t.html").render(**CONTEXT), None
        except Exception as e:  # the reference says "this is an error"
            expected, error = None, type(e).__name__
        records.append({"name": name, "templates": templates, "expected": expected, "error": error})
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"jinja2": jinja2.__version__, "context": CONTEXT, "cases": records}, f, ensure_ascii=False,
                  indent=1)
        f.write("\n")
    print(f"{len(records)} cases from Jinja2 {jinja2.__version__} → {os.path.relpath(out)}")


if __name__ == "__main__":
    main()
