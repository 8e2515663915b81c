# One build of the solution, two runtime images: `ingestion` (the worker) and `cli` (the CLI, whose `serve`
# command is the query service). docker-compose.yml picks them with `target:`.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/GraphExplorer.Ingestion/GraphExplorer.Ingestion.csproj -c Release -o /app/ingestion \
 && dotnet publish src/GraphExplorer.Cli/GraphExplorer.Cli.csproj -c Release -o /app/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS ingestion
WORKDIR /app
COPY --from=build /app/ingestion .
USER $APP_UID
ENTRYPOINT ["dotnet", "GraphExplorer.Ingestion.dll"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS cli
WORKDIR /app
COPY --from=build /app/cli .
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "GraphExplorer.Cli.dll"]
