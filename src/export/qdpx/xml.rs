//! A small writer for the indented XML of `project.qde`: every text and attribute escaped.

use super::super::escape_markup;

/// XML being written, one element a line, indented by depth.
pub(super) struct Xml {
    out: String,
    depth: usize,
}

/// An element's attributes in the order written; those without a value are left out.
pub(super) type Attrs<'a> = [(&'a str, Option<&'a str>)];

impl Xml {
    /// A document with its XML declaration.
    pub(super) fn new() -> Self {
        Self {
            out: String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"),
            depth: 0,
        }
    }

    /// `<name attrs>`, its children to follow.
    pub(super) fn open(&mut self, name: &str, attrs: &Attrs<'_>) {
        self.start_tag(name, attrs);
        self.out.push_str(">\n");
        self.depth += 1;
    }

    /// `</name>`, closing the element [`Xml::open`] opened.
    pub(super) fn close(&mut self, name: &str) {
        self.depth -= 1;
        self.indent();
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// `<name attrs/>`.
    pub(super) fn empty(&mut self, name: &str, attrs: &Attrs<'_>) {
        self.start_tag(name, attrs);
        self.out.push_str("/>\n");
    }

    /// `<name>text</name>`, the text exactly as given (new lines included).
    pub(super) fn text(&mut self, name: &str, text: &str) {
        self.start_tag(name, &[]);
        self.out.push('>');
        self.out.push_str(&escape_markup(text));
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// The document written so far.
    pub(super) fn finish(self) -> String {
        self.out
    }

    fn start_tag(&mut self, name: &str, attrs: &Attrs<'_>) {
        self.indent();
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attrs {
            if let Some(value) = value {
                self.out.push(' ');
                self.out.push_str(key);
                self.out.push_str("=\"");
                self.out.push_str(&escape_attribute(value));
                self.out.push('"');
            }
        }
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }
}

/// An attribute value escaped so that a parser gives it back unchanged: a parser turns a
/// literal new line or tab in an attribute into a space, a character reference it keeps.
fn escape_attribute(value: &str) -> String {
    escape_markup(value)
        .replace('\n', "&#10;")
        .replace('\t', "&#9;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_texts_and_attributes_and_skips_missing_attributes() {
        let mut xml = Xml::new();
        xml.open("A", &[("name", Some("x\"<&>\ny")), ("gone", None)]);
        xml.text("T", "a < b\nc\u{1}\r\u{FFFF}");
        xml.empty("E", &[("k", Some("\t"))]);
        xml.close("A");
        assert_eq!(
            xml.finish(),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
             <A name=\"x&quot;&lt;&amp;&gt;&#10;y\">\n  <T>a &lt; b\nc\u{FFFD}&#13;\u{FFFD}</T>\n  <E k=\"&#9;\"/>\n</A>\n"
        );
    }
}
