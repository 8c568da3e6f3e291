package id.surel.request.bulk;

import id.surel.mailbox.AddressProposals;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.LocalPartPolicy;
import id.surel.mailbox.MailAccounts;
import id.surel.mailbox.MailDirectories;
import id.surel.mailbox.MailDirectory;
import id.surel.request.InvalidNipException;
import id.surel.request.Nip;
import id.surel.tenant.Tenant;
import id.surel.workflow.Requests;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Checks every row of a staff list on its own and proposes each valid row's address. What the database knows (active
 * accounts, open requests and batches, registered addresses) is asked once for the whole file, never row by row; only
 * the mail platform is asked per chosen address, because a directory answers for one address at a time.
 */
@Service
class StaffListCheck {

    /** The characters a spreadsheet reads as the start of a formula (OWASP CSV injection). */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern CONTACT = Pattern.compile("[^@\\s]{1,64}@[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)+");
    private static final Pattern NUMBER_CELL = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");
    /** Addresses tried per person, from the government's naming rules (e.g. first.last, first.middle.last ...). */
    private static final int CANDIDATES = 5;

    private final Requests requests;
    private final MailAccounts accounts;
    private final Batches batches;
    private final MailDirectories directories;
    private final AddressProposals proposals;

    StaffListCheck(Requests requests, MailAccounts accounts, Batches batches, MailDirectories directories,
            AddressProposals proposals) {
        this.requests = requests;
        this.accounts = accounts;
        this.batches = batches;
        this.directories = directories;
        this.proposals = proposals;
    }

    /** Checks the rows of a list an agency ({@code unitCode}) sent; the result has one entry per row, in order. */
    List<CheckedRow> check(Tenant tenant, String unitCode, List<StaffRow> rows) {
        Map<Integer, CheckedRow> refused = new HashMap<>();
        Map<Integer, String> owners = new HashMap<>();
        Map<String, Integer> firstByNip = new HashMap<>();
        for (StaffRow row : rows) {
            CheckedRow problem = ownProblem(tenant, row);
            if (problem != null) {
                refused.put(row.line(), problem);
                continue;
            }
            String nip = new Nip(row.nip()).value();
            Integer first = firstByNip.putIfAbsent(nip, row.line());
            if (first != null) {
                refused.put(row.line(), CheckedRow.refused(row, "bulk.row.duplicateNip", first));
                continue;
            }
            owners.put(row.line(), "nip:" + nip);
        }
        Map<String, String> hasAccount = accounts.activeAddressesOf(tenant.id().value(), owners.values());
        Set<String> openOwners = union(requests.openOwners(tenant.id(), owners.values()),
                batches.pendingOwners(tenant.id(), owners.values()));
        Map<Integer, List<String>> candidates = new HashMap<>();
        for (StaffRow row : rows) {
            String owner = owners.get(row.line());
            if (owner == null) {
                continue;
            }
            if (hasAccount.containsKey(owner)) {
                refused.put(row.line(), CheckedRow.refused(row, "request.owner.hasAccount", hasAccount.get(owner)));
            } else if (openOwners.contains(owner)) {
                refused.put(row.line(), CheckedRow.refused(row, "bulk.row.openRequest", null));
            } else {
                List<String> names = candidates(tenant, unitCode, row);
                if (names.isEmpty()) {
                    refused.put(row.line(), CheckedRow.refused(row, "bulk.row.nameMissing", null));
                } else {
                    candidates.put(row.line(), names);
                }
            }
        }
        List<String> all = candidates.values().stream().flatMap(List::stream).toList();
        Set<String> taken = union(union(accounts.registered(all), requests.openAddresses(all)),
                batches.pendingAddresses(all));
        return assign(tenant, rows, refused, owners, candidates, taken);
    }

    private List<CheckedRow> assign(Tenant tenant, List<StaffRow> rows, Map<Integer, CheckedRow> refused,
            Map<Integer, String> owners, Map<Integer, List<String>> candidates, Set<String> taken) {
        MailDirectory directory = directories.forTenant(tenant.id().value());
        Map<String, Integer> usedBy = new HashMap<>();
        List<CheckedRow> checked = new ArrayList<>(rows.size());
        for (StaffRow row : rows) {
            CheckedRow result = refused.get(row.line());
            if (result == null) {
                result = chooseAddress(row, owners.get(row.line()), candidates.get(row.line()), taken, usedBy,
                        directory);
            }
            checked.add(result);
        }
        return checked;
    }

    private static CheckedRow chooseAddress(StaffRow row, String owner, List<String> candidates, Set<String> taken,
            Map<String, Integer> usedBy, MailDirectory directory) {
        boolean proposed = row.username() != null;
        for (String address : candidates) {
            Integer other = usedBy.get(address);
            if (proposed && other != null) {
                return CheckedRow.refused(row, "bulk.row.duplicateAddress", other);
            }
            if (other == null && !taken.contains(address) && directory.find(EmailAddress.of(address)).isEmpty()) {
                usedBy.put(address, row.line());
                return CheckedRow.accepted(row, owner, address);
            }
        }
        return proposed ? CheckedRow.refused(row, "request.localPart.taken", candidates.get(0))
                : CheckedRow.refused(row, "request.localPart.required", null);
    }

    /** The problem of a row judged on its own, or null when it has none. */
    private CheckedRow ownProblem(Tenant tenant, StaffRow row) {
        for (var cell : cells(row).entrySet()) {
            if (cell.getValue() != null && FORMULA.matcher(cell.getValue()).matches()) {
                return CheckedRow.refused(row, "bulk.row.formula", cell.getKey());
            }
        }
        if (row.name() == null || !row.name().matches(".*\\p{L}.*")) {
            return CheckedRow.refused(row, "bulk.row.nameMissing", null);
        }
        if (row.name().length() > 120) {
            return CheckedRow.refused(row, "request.applicantName.invalid", null);
        }
        if (row.nip() != null && NUMBER_CELL.matcher(row.nip()).matches()) {
            return CheckedRow.refused(row, "bulk.row.nipAsNumber", null);
        }
        try {
            new Nip(row.nip());
        } catch (InvalidNipException e) {
            return CheckedRow.refused(row, e.code(), null);
        }
        if (row.contactEmail() == null || !CONTACT.matcher(row.contactEmail()).matches()) {
            return CheckedRow.refused(row, "bulk.row.contactInvalid", null);
        }
        String username = row.username() == null ? null : row.username().toLowerCase(Locale.ROOT);
        if (username != null && proposals.isReserved(tenant.id().value(), username)) {
            return CheckedRow.refused(row, "request.localPart.reserved", null);
        }
        if (username != null && !LocalPartPolicy.isAcceptable(username)) {
            return CheckedRow.refused(row, "request.localPart.invalid", null);
        }
        return null;
    }

    /** The proposed address, or the first addresses the government's naming rules give; empty for a letterless name. */
    private List<String> candidates(Tenant tenant, String unitCode, StaffRow row) {
        if (row.username() != null) {
            return List.of(new EmailAddress(row.username().toLowerCase(Locale.ROOT), tenant.domain()).toString());
        }
        try {
            return proposals.candidatesForPerson(tenant.id().value(), tenant.domain(), row.name(), unitCode, CANDIDATES)
                    .stream().map(EmailAddress::toString).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static Map<String, String> cells(StaffRow row) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("NAMA", row.name());
        cells.put("NIP", row.nip());
        cells.put("JABATAN", row.position());
        cells.put("UNIT", row.workUnit());
        cells.put("EMAIL", row.contactEmail());
        cells.put("USERNAME", row.username());
        return cells;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
