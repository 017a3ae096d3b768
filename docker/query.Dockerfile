# A query node: the projection and the read API. Build the jars first: mvn -B -q -DskipTests package
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 ledger
COPY query-side/target/image-ledger-query-exec.jar /opt/image-ledger/query.jar
USER ledger
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/image-ledger/query.jar"]
