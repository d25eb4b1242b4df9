// Every test file starts here. French messages from zod everywhere, as in production.
import "../../domain/validation/zod-fr";
