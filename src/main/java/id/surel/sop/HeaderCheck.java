package id.surel.sop;

import static id.surel.sop.DefinitionCheck.blank;

/** The definition's own fields: key, version and the SOP's title. */
final class HeaderCheck implements DefinitionCheck {

    @Override
    public void check(SopDefinition d, Problems problems) {
        if (blank(d.key())) {
            problems.add("'key' belum diisi", "'key' is missing");
        }
        if (d.version() <= 0) {
            problems.add("'version' harus bilangan bulat di atas 0 (tertulis: " + d.version() + ")",
                    "'version' must be a whole number above 0 (found: " + d.version() + ")");
        }
        if (d.identity() == null || blank(d.identity().title())) {
            problems.add("judul SOP ('identity.title') belum diisi", "the SOP's title ('identity.title') is missing");
        }
    }
}
