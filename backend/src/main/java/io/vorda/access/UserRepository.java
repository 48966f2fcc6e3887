package io.vorda.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends CrudRepository<UserRow, UUID> {

    @Query("SELECT * FROM users WHERE lower(email) = lower(:email)")
    Optional<UserRow> findByEmailIgnoringCase(String email);

    @Query("SELECT * FROM users WHERE id IN (:ids)")
    List<UserRow> findByIds(Collection<UUID> ids);

    @Query("SELECT EXISTS (SELECT 1 FROM users WHERE id = :id AND active)")
    boolean isActive(UUID id);

    @Query("SELECT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower(:email) AND id <> :exceptId)")
    boolean isEmailUsedByOther(String email, UUID exceptId);
}
