package id.surel.intake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** An HTML mail body as plain text: jsoup parses it, scripts and styles are dropped, blocks and breaks become lines. */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, template, noscript, object, iframe").remove();
        doc.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, table").before("\n").after("\n");
        String text = doc.body().wholeText().replace('\u00a0', ' ');
        return text.replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
