package dev.lambdalint.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** The little of the DOM a POM needs: parsed with no DTD and no external entity, children by local name. */
final class PomXml {
    private PomXml() {
    }

    /** The root element of {@code file}; a DOCTYPE is refused, so no entity (external or not) is ever expanded. */
    static Element parse(Path file) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        var builder = factory.newDocumentBuilder();
        // the parser's default handler prints "[Fatal Error]" to stderr before throwing: the caller reports it
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return builder.parse(file.toFile()).getDocumentElement();
    }

    static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().trim()).filter(t -> !t.isEmpty());
    }

    static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The child elements named {@code name}, or every child element when {@code name} is null. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (name == null || name.equals(localName(element)))) {
                found.add(element);
            }
        }
        return found;
    }

    /** {@code children(parent, a)}, then their children named {@code b}, and so on. */
    static List<Element> path(Element parent, String... names) {
        List<Element> level = parent == null ? List.of() : List.of(parent);
        for (String name : names) {
            List<Element> next = new ArrayList<>();
            level.forEach(e -> next.addAll(children(e, name)));
            level = next;
        }
        return level;
    }

    static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }
}
