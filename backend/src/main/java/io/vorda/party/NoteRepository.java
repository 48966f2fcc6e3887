package io.vorda.party;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NoteRepository extends CrudRepository<NoteRow, UUID> {

    @Query("SELECT * FROM party_notes WHERE party_id IN (:partyIds) ORDER BY created_at DESC")
    List<NoteRow> findByParties(Collection<UUID> partyIds);

    @Query("UPDATE party_notes SET party_id = :survivor WHERE party_id = :duplicate")
    void moveAll(UUID duplicate, UUID survivor);
}
