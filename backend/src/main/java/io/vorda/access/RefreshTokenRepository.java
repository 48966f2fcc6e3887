package io.vorda.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends CrudRepository<RefreshTokenRow, UUID> {

    /** Locks the row so that two simultaneous refreshes with one token cannot both succeed. */
    @Query("SELECT * FROM refresh_tokens WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<RefreshTokenRow> findByHashForUpdate(String tokenHash);

    @Query("UPDATE refresh_tokens SET revoked_at = :at, updated_at = :at, version = version + 1 "
            + "WHERE family_id = :familyId AND revoked_at IS NULL")
    void revokeFamily(UUID familyId, Instant at);

    @Query("UPDATE refresh_tokens SET revoked_at = :at, updated_at = :at, version = version + 1 "
            + "WHERE user_id = :userId AND revoked_at IS NULL")
    void revokeAllOfUser(UUID userId, Instant at);

    @Query("UPDATE refresh_tokens SET revoked_at = :at, updated_at = :at, version = version + 1 "
            + "WHERE user_id = :userId AND family_id <> :keptFamilyId AND revoked_at IS NULL")
    void revokeAllOfUserExcept(UUID userId, UUID keptFamilyId, Instant at);
}
