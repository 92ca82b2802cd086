import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import InboxNotificationService from "./service"

export default ModuleProvider(Modules.NOTIFICATION, { services: [InboxNotificationService] })
