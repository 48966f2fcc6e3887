package io.vorda.cases;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.access.Action;
import io.vorda.access.Caller;
import io.vorda.access.Permissions;
import io.vorda.access.TeamId;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.access.UserId;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import io.vorda.client.ClientId;
import io.vorda.client.ClientView;
import io.vorda.client.Clients;
import io.vorda.party.Parties;
import io.vorda.party.PartyId;
import io.vorda.party.PartyView;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Page;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The case list as a file: the same filters, order and visibility as the list, read in keyset chunks so that an
 * export never holds more than one chunk in memory, each chunk in its own short transaction. The first chunk counts
 * the matches and refuses an export of more than the maximum, before anything is sent.
 */
@Singleton
public class CaseExports {

    private final CaseDirectory directory;
    private final CaseVisibility visibility;
    private final Permissions permissions;
    private final Clients clients;
    private final Parties parties;
    private final Teams teams;
    private final Users users;
    private final Clock clock;
    private final int maxRows;
    private final int chunkSize;

    CaseExports(CaseDirectory directory, CaseVisibility visibility, Permissions permissions, Clients clients, Parties parties,
                Teams teams, Users users, Clock clock, @Value("${vorda.cases.export.max-rows:50000}") int maxRows,
                @Value("${vorda.cases.export.chunk-size:500}") int chunkSize) {
        this.directory = directory;
        this.visibility = visibility;
        this.permissions = permissions;
        this.clients = clients;
        this.parties = parties;
        this.teams = teams;
        this.users = users;
        this.clock = clock;
        this.maxRows = maxRows;
        this.chunkSize = chunkSize;
    }

    /** The most cases one export may hold. */
    public int maxRows() {
        return maxRows;
    }

    /**
     * The chunk after the cursor; without a cursor, the first chunk, whose total count says how many follow in all.
     * Fails with EXPORT_TOO_LARGE when more than {@link #maxRows()} cases match.
     */
    @Transactional(readOnly = true)
    public Page<CaseExportLine> chunk(Caller caller, CaseFilter filter, CaseOrder order, @Nullable String after) {
        permissions.require(caller, Action.VIEW_CASES);
        filter.check();
        Page<CaseRow> rows = directory.page(filter, order, visibility.of(caller),
                filter.mine() ? visibility.own(caller) : CaseDirectory.Visibility.NOTHING, LocalDate.now(clock), after, chunkSize,
                after == null ? maxRows : 0);
        if (rows.totalCountCapped()) {
            throw new DomainException(ErrorCode.EXPORT_TOO_LARGE, "More than %d cases match; an export holds at most %d. Narrow the filter."
                    .formatted(maxRows, maxRows));
        }
        return new Page<>(lines(caller, rows.items()), rows.cursors(), rows.hasNextPage(), rows.hasPreviousPage(), rows.totalCount());
    }

    /** Names for a chunk in a fixed number of queries: clients, teams, assignees, debtors. */
    private List<CaseExportLine> lines(Caller caller, List<CaseRow> rows) {
        // the caller may see these cases, so also the names of their client, team and assignee (as in the case list)
        Map<ClientId, ClientView> clientNames = clients.findMany(Caller.system(),
                rows.stream().map(r -> new ClientId(r.clientId())).distinct().toList());
        Map<TeamId, TeamView> teamNames = teams.findMany(Caller.system(),
                rows.stream().map(CaseRow::teamId).filter(Objects::nonNull).map(TeamId::new).distinct().toList());
        Map<UserId, UserView> assignees = users.findMany(Caller.system(),
                rows.stream().map(CaseRow::assigneeUserId).filter(Objects::nonNull).map(UserId::new).distinct().toList());
        Map<UUID, List<CaseParty>> roles = directory.partiesOf(rows.stream().map(CaseRow::id).toList());
        Map<PartyId, PartyView> debtors = parties.findMany(caller, roles.values().stream().flatMap(List::stream)
                .filter(p -> p.role() == CaseRole.DEBTOR).map(CaseParty::party).distinct().toList());
        return rows.stream().map(row -> {
            CaseView view = row.view();
            ClientView client = clientNames.get(view.client());
            TeamView team = view.team() == null ? null : teamNames.get(view.team());
            UserView assignee = view.assignee() == null ? null : assignees.get(view.assignee());
            List<String> names = roles.get(row.id()).stream().filter(p -> p.role() == CaseRole.DEBTOR)
                    .map(p -> debtors.get(p.party())).filter(Objects::nonNull).map(PartyView::displayName).toList();
            return new CaseExportLine(view.id(), view.reference(), view.status(), client == null ? "" : client.name(), names,
                    team == null ? null : team.name(), assignee == null ? null : assignee.name(), view.openedOn(), view.principalTotal());
        }).toList();
    }
}
