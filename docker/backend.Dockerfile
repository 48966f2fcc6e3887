# syntax=docker/dockerfile:1.7
# The backend as a container: build the fat jar with the Maven wrapper (Maven 3.9.16) on JDK 21, run it on a
# JRE 21. Build context: the repository root (the build reads api-spec/). Used by docker/compose.yml.

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY api-spec/ api-spec/
COPY backend/ backend/
WORKDIR /src/backend
# The cache mount keeps ~/.m2 (dependencies and the wrapper's Maven) between builds.
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B -q -ntp package -DskipTests && cp target/vorda.jar /vorda.jar

FROM eclipse-temurin:21-jre
RUN groupadd --system vorda && useradd --system --gid vorda --home-dir /app --shell /usr/sbin/nologin vorda
WORKDIR /app
COPY --from=build /vorda.jar /app/vorda.jar
USER vorda
EXPOSE 8080
ENV MICRONAUT_SERVER_PORT=8080
ENTRYPOINT ["java", "-jar", "/app/vorda.jar"]
