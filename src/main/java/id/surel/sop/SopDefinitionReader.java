package id.surel.sop;

import org.springframework.stereotype.Component;

/**
 * Reads an SOP definition from its YAML text and validates it: what comes out can run, everything else is a
 * {@link DefinitionInvalidException} listing all its problems.
 */
@Component
public class SopDefinitionReader {

    private final SopDocumentParser parser = new SopDocumentParser();
    private final SopValidator validator = new SopValidator();
    private final java.util.List<SopDocument.RequestTypeEntry> defaultTypes = SopDocumentParser.defaultRequestTypes();

    /** @param sourceName where the text came from (a resource path, an uploaded file's name); named in every problem */
    public SopDefinition read(String sourceName, String yamlText) {
        Problems problems = new Problems(sourceName);
        SopDocument document = parser.parse(yamlText, problems);
        problems.throwIfAny();
        SopDefinition definition = document.toDefinition(defaultTypes, problems);
        validator.validate(definition, problems);
        problems.throwIfAny();
        return definition;
    }
}
