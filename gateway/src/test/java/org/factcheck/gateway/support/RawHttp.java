package org.factcheck.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Sends hand-written HTTP/1.1 requests, for what ordinary clients refuse to send (lying Content-Length, chunked). */
public final class RawHttp {

    private RawHttp() {
    }

    /** Writes the request, reads until the server closes or goes quiet, and returns the status line. */
    public static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    response.write(buffer, 0, n);
                    if (response.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")
                            && complete(response.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                // whatever arrived is the answer
            }
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean complete(String response) {
        int headerEnd = response.indexOf("\r\n\r\n");
        String head = response.substring(0, headerEnd).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int end = head.indexOf("\r\n", at);
        long length = Long.parseLong(head.substring(at + 15, end < 0 ? head.length() : end).trim());
        return response.length() - headerEnd - 4 >= length;
    }
}
