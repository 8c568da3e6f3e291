package id.surel.sop.render;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A StAX writer that indents, so an exported file is readable by a person too. Attributes with null values are left out. */
final class IndentedXml {

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth;
    private boolean hadChildren;

    IndentedXml() {
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens {@code prefix:name}; {@code attributes} alternate names and values. */
    IndentedXml open(String prefix, String namespace, String name, String... attributes) {
        return run(() -> {
            newLine();
            xml.writeStartElement(prefix, name, namespace);
            writeAttributes(attributes);
            depth++;
            hadChildren = false;
        });
    }

    IndentedXml namespace(String prefix, String namespace) {
        return run(() -> xml.writeNamespace(prefix, namespace));
    }

    /** An element holding only text. */
    IndentedXml text(String prefix, String namespace, String name, String text) {
        return run(() -> {
            newLine();
            xml.writeStartElement(prefix, name, namespace);
            xml.writeCharacters(text);
            xml.writeEndElement();
            hadChildren = true;
        });
    }

    IndentedXml empty(String prefix, String namespace, String name, String... attributes) {
        return run(() -> {
            newLine();
            xml.writeEmptyElement(prefix, name, namespace);
            writeAttributes(attributes);
            hadChildren = true;
        });
    }

    IndentedXml close() {
        return run(() -> {
            depth--;
            if (hadChildren) {
                newLine();
            }
            xml.writeEndElement();
            hadChildren = true;
        });
    }

    String finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.close();
        });
        return out.toString();
    }

    private void writeAttributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private IndentedXml run(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
