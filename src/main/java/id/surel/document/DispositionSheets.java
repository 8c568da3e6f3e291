package id.surel.document;

import id.surel.sop.SopDefinition;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.Letter;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Renders the disposition sheets of a request on demand from its history, so a sheet always shows what the history
 * holds and nothing needs numbering: its agenda number is the request's tracking number and the disposition's place.
 */
@Service
public class DispositionSheets {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm z");

    private final Requests requests;
    private final Tenants tenants;
    private final Letterheads letterheads;
    private final Signatories signatories;
    private final PdfTemplates templates;

    DispositionSheets(Requests requests, Tenants tenants, Letterheads letterheads, Signatories signatories,
            PdfTemplates templates) {
        this.requests = requests;
        this.tenants = tenants;
        this.letterheads = letterheads;
        this.signatories = signatories;
        this.templates = templates;
    }

    public List<Disposition> of(RequestRecord request, SopDefinition definition, List<HistoryEntry> history) {
        return Dispositions.of(definition, request, history);
    }

    /** The PDF of the disposition at {@code historyIndex} of the request's history; empty if none is there. */
    public Optional<byte[]> render(RequestRecord request, SopDefinition definition, int historyIndex) {
        List<HistoryEntry> history = requests.history(request.tenantId(), request.id());
        return Dispositions.at(definition, request, history, historyIndex)
                .map(d -> templates.render("disposition-sheet", Map.of("sheet", sheet(request, definition, d))));
    }

    DispositionSheet sheet(RequestRecord request, SopDefinition definition, Disposition d) {
        Tenant tenant = tenants.get(request.tenantId());
        HistoryEntry entry = d.entry();
        String unit = tenants.unit(tenant.id(), request.unitCode()).map(u -> u.name()).orElse(request.unitCode());
        String letterFile = requests.letter(tenant.id(), request.id()).map(Letter::fileName).orElse("-");
        ZonedDateTime at = entry.completedAt().atZone(tenant.zone());
        Signatory from = signatories.of(tenant.id(), definition, entry.completedBy(), entry.completedByName(),
                entry.actorId());
        return new DispositionSheet(letterheads.of(tenant), d.agendaNumber(request.trackingNumber()),
                request.applicantName() + " (" + unit + ")", request.trackingNumber(), letterFile,
                new LetterDate(request.submittedAt().atZone(tenant.zone()).toLocalDate()),
                "Permohonan pembuatan akun e-mail resmi " + request.proposedAddress(), d.toTitle(), entry.note(),
                d.nextActivity(), new LetterDate(at.toLocalDate()), TIME.format(at), from);
    }
}
