package dev.lambdalint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lambdalint.config.PluginConfiguration;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The command line takes the POM's values of the plugin's parameters: it must know every one, and no other. */
class PluginParametersTest {

    @Test
    void theEngineKnowsEveryParameterTheLambdaLintGoalsTakeFromAPom() throws Exception {
        Path descriptor = Paths.get(System.getProperty("basedir", "."), "target/classes/META-INF/maven/plugin.xml");
        NodeList mojos = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile())
                .getElementsByTagName("mojo");
        Set<String> editable = new TreeSet<>();
        for (int m = 0; m < mojos.getLength(); m++) {
            Element mojo = (Element) mojos.item(m);
            if (mojo.getElementsByTagName("goal").item(0).getTextContent().trim().equals("help")) {
                continue;
            }
            NodeList parameters = mojo.getElementsByTagName("parameter");
            for (int i = 0; i < parameters.getLength(); i++) {
                Element parameter = (Element) parameters.item(i);
                if (parameter.getElementsByTagName("editable").item(0).getTextContent().trim().equals("true")) {
                    editable.add(parameter.getElementsByTagName("name").item(0).getTextContent().trim());
                }
            }
        }

        assertEquals(editable, new TreeSet<>(PluginConfiguration.PARAMETERS));
    }
}
