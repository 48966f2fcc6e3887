/**
 * Integration: the REST adapter for integrators (api-spec/openapi/integrations.v1.yaml) — API-client tokens and
 * "who am I". Case submission, payments and webhooks follow. Owns no tables; API clients belong to access.
 */
@NullMarked
package io.vorda.integration;

import org.jspecify.annotations.NullMarked;
