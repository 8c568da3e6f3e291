package id.surel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Surel: runs a local government's SOP for issuing official e-mail accounts. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class SurelApplication {

    public static void main(String[] args) {
        SpringApplication.run(SurelApplication.class, args);
    }
}
