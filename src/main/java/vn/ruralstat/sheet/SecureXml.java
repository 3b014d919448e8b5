package vn.ruralstat.sheet;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX parsing of untrusted XML (the parts of an officer's .xlsx): no DTD processing, no external
 * entities, nothing fetched from a file or the network; an entity reference other than the five
 * predefined ones fails the parse. The parser is Aalto, named here rather than looked up on the
 * class path: it is the one fastexcel-reader parses the same parts with, so what passes here parses
 * there alike, and it reads a worksheet about three times faster than the JDK's parser.
 */
final class SecureXml {

    /** A document type declaration was found; Excel never writes one. */
    static final class DoctypeFound extends Exception {
        DoctypeFound() {
            super("DOCTYPE", null, false, false);
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private SecureXml() {}

    private static XMLInputFactory factory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /**
     * Advances to the next start element, or to the end of the document (then returns false).
     *
     * @throws DoctypeFound when the document declares a DOCTYPE, which is refused rather than ignored
     */
    static boolean nextStartElement(XMLStreamReader reader) throws XMLStreamException, DoctypeFound {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) return true;
            if (event == XMLStreamConstants.DTD) throw new DoctypeFound();
        }
        return false;
    }
}
