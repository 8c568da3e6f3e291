package id.surel.request;

import id.surel.mailbox.AddressAvailability;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.LocalPartPolicy;
import id.surel.mailbox.MailAccounts;
import id.surel.workflow.ActingStaff;
import id.surel.workflow.ActingStaffs;
import id.surel.workflow.ConcurrentTransitionException;
import id.surel.workflow.DuplicateRequestException;
import id.surel.workflow.NotAllowedToActException;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestNotFoundException;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The official holding a request's current step edits the proposed address before the mailbox is made: the new one
 * must be well-formed, not reserved, and free in the register, in open requests and on the mail server.
 */
@Controller
class AddressChangeController {

    private final Requests requests;
    private final RequestEngine engine;
    private final ActingStaffs actingStaffs;
    private final AddressAvailability availability;
    private final MailAccounts accounts;

    AddressChangeController(Requests requests, RequestEngine engine, ActingStaffs actingStaffs,
            AddressAvailability availability, MailAccounts accounts) {
        this.requests = requests;
        this.engine = engine;
        this.actingStaffs = actingStaffs;
        this.availability = availability;
        this.accounts = accounts;
    }

    @PostMapping("/permohonan/{id}/alamat")
    String change(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String localPart,
            RedirectAttributes redirect) {
        ActingStaff who = actingStaffs.current();
        RequestRecord request = requests.find(who.tenantId(), id).orElseThrow(RequestNotFoundException::new);
        Optional<String> problem = problem(request, localPart);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("problem", problem.get());
            return "redirect:/permohonan/" + id;
        }
        String address = new EmailAddress(localPart.strip().toLowerCase(Locale.ROOT),
                EmailAddress.of(request.proposedAddress()).domain()).toString();
        try {
            engine.changeAddress(who, id, version, address);
            redirect.addFlashAttribute("success", "address.changed");
        } catch (ConcurrentTransitionException e) {
            redirect.addFlashAttribute("problem", "step.concurrent");
        } catch (NotAllowedToActException e) {
            redirect.addFlashAttribute("problem", "step.notAllowed");
        } catch (DuplicateRequestException e) {
            redirect.addFlashAttribute("problem", AddressAvailability.Problem.REQUESTED.messageKey());
        }
        return "redirect:/permohonan/" + id;
    }

    private Optional<String> problem(RequestRecord request, String localPart) {
        String local = localPart == null ? "" : localPart.strip().toLowerCase(Locale.ROOT);
        if (!LocalPartPolicy.isAcceptable(local) && !LocalPartPolicy.isReserved(local)) {
            return Optional.of("address.invalid");
        }
        if (accounts.forRequest(request.tenantId().value(), request.id()).isPresent()) {
            return Optional.of("address.alreadyReserved");
        }
        EmailAddress address = new EmailAddress(local, EmailAddress.of(request.proposedAddress()).domain());
        if (address.toString().equals(request.proposedAddress())) {
            return Optional.of("address.unchanged");
        }
        return availability.problem(request.tenantId().value(), address, request.id())
                .map(AddressAvailability.Problem::messageKey);
    }
}
