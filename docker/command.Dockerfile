# A command node: the write API. Build the jars first: mvn -B -q -DskipTests package
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 ledger
COPY command-side/target/image-ledger-command-exec.jar /opt/image-ledger/command.jar
USER ledger
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/image-ledger/command.jar"]
