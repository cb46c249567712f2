package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import jakarta.xml.bind.JAXBContext;
import java.io.InputStream;
import java.io.OutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.xpath.XPathFactory;

/** JAXB and the JAXP factories built per invocation. */
public class XmlHandler implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        Object order = javax.xml.bind.JAXBContext.newInstance(Order.class) // Noncompliant {{JAXBContext (JAXB)}}
                .createUnmarshaller().unmarshal(input);
        JAXBContext.newInstance(Order.class).createMarshaller().marshal(order, output); // Noncompliant {{hundreds of milliseconds}}
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument(); // Noncompliant {{DocumentBuilderFactory (JAXP)}}
        SAXParserFactory.newDefaultInstance().newSAXParser(); // Noncompliant {{service-loader}}
        XPathFactory.newInstance().newXPath(); // Noncompliant
        TransformerFactory.newInstance().newTransformer(); // Noncompliant {{TransformerFactory}}
    }
}
