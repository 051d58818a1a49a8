"""Tests of the benchmark's own parts: the corpus is deterministic, has the issue's shape, and gives both
tools the same hashtags; the page checker reads both themes' staff pages alike."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchsite import corpus, verify  # noqa: E402


class CorpusTests(unittest.TestCase):
    def test_shape_at_10k_is_the_issues(self):
        self.assertEqual(corpus.Shape.for_pages(10000), corpus.Shape(staff=4000, departments=100, posts=5897, tags=116))

    def test_shapes_scale(self):
        for pages in [1000, 10000, 50000]:
            shape = corpus.Shape.for_pages(pages)
            self.assertEqual(shape.staff + shape.departments + shape.posts + len(corpus.FREE_PAGES), pages)
            self.assertEqual(len(corpus.tag_vocabulary(shape.tags)), shape.tags)

    def test_same_seed_same_content_other_seed_other_content(self):
        shape = corpus.Shape.for_pages(300)
        self.assertEqual(corpus.generate(shape, seed=3), corpus.generate(shape, seed=3))
        self.assertNotEqual(corpus.generate(shape, seed=3).posts, corpus.generate(shape, seed=4).posts)

    def test_every_hashtag_is_used_and_body_tags_are_the_entrys_own(self):
        content = corpus.generate(corpus.Shape.for_pages(1000))
        used = {t for p in content.posts for t in p.hashtags}
        self.assertEqual(used, set(content.tags))
        for entry in content.posts + content.staff + content.departments:
            body_tags = corpus.hugo_body(entry.body).count("](/tags/")
            self.assertGreater(body_tags, 0)
            for tag in entry.hashtags:
                self.assertNotIn(" ", tag)
            for chunk in entry.body.split(corpus.TAG_OPEN)[1:]:
                self.assertIn(chunk.split(corpus.TAG_CLOSE)[0], entry.hashtags)

    def test_body_hashtags_in_each_tools_form(self):
        body = f"詳しくは {corpus.TAG_OPEN}防災{corpus.TAG_CLOSE} {corpus.TAG_OPEN}DX{corpus.TAG_CLOSE} をご覧ください。"
        self.assertEqual(corpus.koho_body(body), "詳しくは #防災 #DX をご覧ください。")
        self.assertEqual(corpus.hugo_body(body), "詳しくは [#防災](/tags/防災/) [#DX](/tags/dx/) をご覧ください。")


class VerifyTests(unittest.TestCase):
    PAGE = ('<h1>佐藤 健</h1><p class="role">主事</p><ul class="hashtags"><li><a href="/tags/%E9%98%B2%E7%81%BD/">'
            '#防災</a></li></ul><ul class="share"><li><a class="share-x" href="https://x.com/intent/tweet?text={}'
            '&amp;url=https%3A%2F%2Fexample.jp%2Fstaff%2Fa%2F">x</a></li></ul>'
            '<ul class="hashtags"><li><a href="/tags/x/">#x</a></li></ul>')

    def read(self, text):
        parser = verify.StaffPage()
        parser.feed(text)
        return parser

    def test_reads_name_role_own_hashtags_and_share_links(self):
        page = self.read(self.PAGE.format("%E4%BD%90%E8%97%A4%20%E5%81%A5"))
        self.assertEqual(page.name, "佐藤 健")
        self.assertEqual(page.role, "主事")
        self.assertEqual(page.hashtags, [("#防災", "/tags/防災/")])
        self.assertEqual(page.share, {"x": ("x.com", "/intent/tweet",
                                            {"text": ["佐藤 健"], "url": ["https://example.jp/staff/a/"]})})

    def test_a_space_as_plus_or_percent_20_is_the_same_share_link(self):
        self.assertEqual(self.read(self.PAGE.format("%E4%BD%90%E8%97%A4+%E5%81%A5")).share,
                         self.read(self.PAGE.format("%E4%BD%90%E8%97%A4%20%E5%81%A5")).share)

    def test_a_different_title_is_a_different_share_link(self):
        self.assertNotEqual(self.read(self.PAGE.format("a")).share, self.read(self.PAGE.format("b")).share)


if __name__ == "__main__":
    unittest.main()
