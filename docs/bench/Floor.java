import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * The floor for docs/bench/gateway.md: the cheapest Vert.x reverse proxy (no authentication, routing, logging or
 * metrics) in front of the claims-service. A benchmark aid, not part of the product. Run with the gateway's libraries:
 * {@code java -cp 'gateway/target/quarkus-app/lib/main/*' docs/bench/Floor.java LISTEN_PORT SERVICE_PORT}
 */
public class Floor {
    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(32).setKeepAlive(true));
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(Integer.parseInt(args[1]), "localhost");
        vertx.createHttpServer().requestHandler(proxy).listen(Integer.parseInt(args[0]))
                .onSuccess(server -> System.out.println("floor proxy on " + server.actualPort()));
    }
}
