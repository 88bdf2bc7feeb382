package io.subnetstorage.auth.client;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads a ListObjectsV2 result document. The store's XML is untrusted input: no DTDs, no entities. */
final class ListObjectsV2 {

    private ListObjectsV2() {
    }

    static ListPage parse(String xml) {
        Element root = document(xml);
        if (!"ListBucketResult".equals(localName(root))) {
            throw new ClientException("not a ListObjectsV2 result: <" + localName(root) + ">");
        }
        List<RemoteObject> objects = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (Element child : children(root)) {
            switch (localName(child)) {
                case "Contents" -> objects.add(new RemoteObject(text(child, "Key"), Long.parseLong(text(child, "Size")),
                        unquote(text(child, "ETag")), text(child, "LastModified")));
                case "CommonPrefixes" -> prefixes.add(text(child, "Prefix"));
                default -> { }
            }
        }
        boolean truncated = "true".equalsIgnoreCase(text(root, "IsTruncated"));
        String next = text(root, "NextContinuationToken");
        if (truncated && next.isEmpty()) {
            throw new ClientException("truncated listing without NextContinuationToken");
        }
        return new ListPage(List.copyOf(objects), List.copyOf(prefixes), truncated, next.isEmpty() ? null : next);
    }

    private static Element document(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ClientException("unreadable listing: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The text of the direct child {@code name}, or empty: nested elements of the same name do not count. */
    private static String text(Element parent, String name) {
        return children(parent).stream().filter(child -> name.equals(localName(child))).findFirst()
                .map(child -> child.getTextContent().strip()).orElse("");
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static String unquote(String etag) {
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }
}
