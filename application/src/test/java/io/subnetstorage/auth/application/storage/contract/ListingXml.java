package io.subnetstorage.auth.application.storage.contract;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A ListObjectsV2 XML answer, as a client of a presigned list URL reads it. */
public record ListingXml(List<String> keys, List<String> commonPrefixes, Optional<String> nextContinuationToken) {

    public static ListingXml parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            Element root = doc.getDocumentElement();
            if (!"ListBucketResult".equals(root.getTagName())) {
                throw new IllegalArgumentException("not a listing: " + root.getTagName());
            }
            return new ListingXml(texts(root, "Contents", "Key"), texts(root, "CommonPrefixes", "Prefix"),
                    texts(root, "NextContinuationToken", null).stream().findFirst());
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("unreadable listing", e);
        }
    }

    private static List<String> texts(Element root, String parent, String child) {
        List<String> values = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName(parent);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            Element target = child == null ? element : (Element) element.getElementsByTagName(child).item(0);
            values.add(target.getTextContent());
        }
        return values;
    }
}
