//! The training service of a v1 config, platform by platform, and `sharedStorage`, as `to_v2`
//! converts them.

use super::{Conv, Dst, NoteKind, Src, falsy};
use crate::model::exp_yml_v1 as v1;
use crate::source::path::NodePath;
use crate::source::{CompactString, Member, Node, Span, Value};

/// The platforms `to_v2` converts (`pai` becomes `openpai`).
pub const CONVERTED: &[&str] = &[
    "local",
    "remote",
    "pai",
    "aml",
    "kubeflow",
    "frameworkcontroller",
];

/// The v2 platform and its node (the v1 value, renamed for `pai`).
pub(super) struct Platform {
    pub name: String,
    pub node: Node,
}

/// `assert platform in [...]`.
pub(super) fn platform(c: &mut Conv<'_>, m: &Member) -> Option<Platform> {
    let name = m.value.as_str().unwrap_or("");
    if CONVERTED.contains(&name) {
        let v2 = if name == "pai" { "openpai" } else { name };
        return Some(Platform {
            name: v2.to_owned(),
            node: Node::new(Value::String(CompactString::from(v2)), m.value.span),
        });
    }
    let shown = match &m.value.value {
        Value::String(s) => format!("`{s}`"),
        _ => m.value.type_name().to_owned(),
    };
    let help = match name {
        "hybrid" => "NNI 3.0 runs several platforms only from a v2 config: write one with a list of `trainingService`s (and a top-level `nniManagerIp`)".to_owned(),
        "adl" | "dlts" | "paiYarn" => format!("NNI 3.0 no longer supports `{name}`: write a v2 config for a platform it supports ({})", v2_platforms()),
        "openpai" => "in a v1 config OpenPAI is `pai`".to_owned(),
        _ => match crate::finding::did_you_mean(name, CONVERTED.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("NNI 3.0 converts v1 configs for {}", CONVERTED.join(", ")),
        },
    };
    c.refuse(
        NodePath::root().key("trainingServicePlatform"),
        m.value.span,
        format!("NNI 3.0 cannot convert a v1 config for platform {shown} (its conversion asserts the platform is one it knows)"),
        Some(help),
    );
    None
}

fn v2_platforms() -> &'static str {
    "local, remote, openpai, aml, dlc, kubeflow, frameworkcontroller"
}

/// Converts the platform's own sections into `ts`.
pub(super) fn convert(
    c: &mut Conv<'_>,
    platform: &str,
    top: &mut Src<'_>,
    trial: &mut Src<'_>,
    v2: &mut Dst,
    ts: &mut Dst,
) {
    match platform {
        "local" => {
            if let Some(m) = top.pop("localConfig")
                && let Some(mut local) = c.mapping(top, m, false)
            {
                c.move_field(&mut local, ts, "gpuIndices", "gpuIndices");
                c.move_field(&mut local, ts, "maxTrialNumPerGpu", "maxTrialNumberPerGpu");
                c.move_field(&mut local, ts, "useActiveGpu", "useActiveGpu");
                c.leftovers(&local, v1::LOCAL_KEYS);
            }
        }
        "remote" => remote(c, top, ts),
        "openpai" => openpai(c, top, trial, ts),
        "aml" => {
            c.move_field(trial, ts, "image", "dockerImage");
            if let Some(m) = top.pop("amlConfig")
                && let Some(mut aml) = c.mapping(top, m, false)
            {
                for key in [
                    "subscriptionId",
                    "resourceGroup",
                    "workspaceName",
                    "computeTarget",
                ] {
                    c.move_field(&mut aml, ts, key, key);
                }
                c.move_field(&mut aml, ts, "maxTrialNumPerGpu", "maxTrialNumberPerGpu");
                c.drop_field(&mut aml, "useActiveGpu", "v2's aml has no such setting");
                c.leftovers(&aml, v1::AML_KEYS);
            }
        }
        "kubeflow" => kubeflow(c, top, trial, v2, ts),
        "frameworkcontroller" => frameworkcontroller(c, top, trial, v2, ts),
        _ => {}
    }
}

fn remote(c: &mut Conv<'_>, top: &mut Src<'_>, ts: &mut Dst) {
    if let Some(m) = top.pop("remoteConfig")
        && let Some(mut rc) = c.mapping(top, m, false)
    {
        c.move_field(&mut rc, ts, "reuse", "reuseMode");
        c.leftovers(&rc, v1::REMOTE_CONFIG_KEYS);
    }
    let Some(list) = c.require(top, "machineList", "the remote machines") else {
        return;
    };
    let list_path = top.key_path("machineList");
    let list_v2 = ts.key_path("machineList");
    let Some(items) = list.value.as_array() else {
        c.refuse(
            list_path,
            list.value.span,
            format!(
                "`machineList` is {}, where NNI 3.0 expects a list of machines",
                list.value.type_name()
            ),
            None,
        );
        return;
    };
    let mut machines = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let v1p = list_path.index(i);
        if item.as_object().is_none() {
            c.refuse(
                v1p,
                item.span,
                format!(
                    "machine {i} of `machineList` is {}, where NNI 3.0 expects a mapping",
                    item.type_name()
                ),
                None,
            );
            continue;
        }
        let mut src = Src::new(item, v1p.clone(), format!("machineList[{i}]"));
        let v2p = list_v2.index(i);
        c.map_to(v2p.clone(), v1p);
        let mut machine = Dst::new(v2p);
        if let Some(m) = item.member("passphrase")
            && !matches!(m.value.value, Value::Null)
        {
            let p = src.key_path("passphrase");
            c.covered.push(p.clone());
            c.note(
                NoteKind::Invalid,
                p,
                m.key_span,
                "NNI 3.0's conversion keeps a machine's `passphrase` under that name, which its v2 \
                 config does not know (\"RemoteMachineConfig does not have field(s) passphrase\"): \
                 NNI refuses the file"
                    .to_owned(),
                Some(
                    "write the v2 config (`hpoconf migrate --write`) and name it `sshPassphrase` there, or delete it"
                        .to_owned(),
                ),
            );
        }
        for (from, to) in [
            ("ip", "host"),
            ("port", "port"),
            ("username", "user"),
            ("sshKeyPath", "sshKeyFile"),
            ("passphrase", "passphrase"),
            ("gpuIndices", "gpuIndices"),
            ("maxTrialNumPerGpu", "maxTrialNumberPerGpu"),
            ("useActiveGpu", "useActiveGpu"),
            ("pythonPath", "pythonPath"),
            ("passwd", "password"),
        ] {
            c.move_field(&mut src, &mut machine, from, to);
        }
        c.leftovers(&src, v1::MACHINE_KEYS);
        machines.push(machine.into_node(item.span));
    }
    c.map_to(list_v2, list_path);
    ts.set(
        "machineList",
        list.key_span,
        Node::new(Value::Array(machines.into_boxed_slice()), list.value.span),
    );
}

fn openpai(c: &mut Conv<'_>, top: &mut Src<'_>, trial: &mut Src<'_>, ts: &mut Dst) {
    for (from, to) in [
        ("nniManagerNFSMountPath", "localStorageMountPoint"),
        ("containerNFSMountPath", "containerStorageMountPoint"),
        ("cpuNum", "trialCpuNumber"),
        ("memoryMB", "trialMemorySize"),
        ("image", "dockerImage"),
        ("virtualCluster", "virtualCluster"),
        ("paiStorageConfigName", "storageConfigName"),
        ("paiConfigPath", "openpaiConfigFile"),
    ] {
        c.move_field(trial, ts, from, to);
    }
    let Some(m) = c.require(top, "paiConfig", "the OpenPAI cluster") else {
        return;
    };
    let Some(mut pai) = c.mapping(top, m, false) else {
        return;
    };
    c.move_field(&mut pai, ts, "userName", "username");
    c.drop_field(&mut pai, "password", "v2 has no OpenPAI password");
    c.move_field(&mut pai, ts, "token", "token");
    c.move_field(&mut pai, ts, "host", "host");
    c.move_field(&mut pai, ts, "reuse", "reuseMode");
    c.move_field(&mut pai, ts, "gpuNum", "trialGpuNumber");
    c.move_field(&mut pai, ts, "cpuNum", "trialCpuNumber");
    c.move_field(&mut pai, ts, "memoryMB", "trialMemorySize");
    c.drop_field(
        &mut pai,
        "maxTrialNumPerGpu",
        "v2's openpai has no such setting",
    );
    c.drop_field(&mut pai, "useActiveGpu", "v2's openpai has no such setting");
    c.leftovers(&pai, v1::PAI_KEYS);
}

/// The storage of kubeflow and frameworkcontroller (`storage`, `nfs`, `keyVault`,
/// `azureStorage`).
fn storage(c: &mut Conv<'_>, cfg: &mut Src<'_>, ts: &mut Dst) {
    let storage_member = cfg.pop("storage");
    let name = match storage_member {
        Some(m) if !matches!(m.value.value, Value::Null) => {
            m.value.as_str().unwrap_or("").to_owned()
        }
        _ if cfg.has("nfs") => "nfs".to_owned(),
        _ => "azureStorage".to_owned(),
    };
    let mut st = Dst::new(ts.key_path("storage"));
    let type_span = storage_member.map_or(Span::at(cfg.node.span.start()), |m| m.key_span);
    let type_value = storage_member.map_or(Span::at(cfg.node.span.start()), |m| m.value.span);
    if name == "nfs" {
        let Some(nfs) = c.require(cfg, "nfs", "the NFS server") else {
            return;
        };
        let Some(mut nfs_src) = c.mapping(cfg, nfs, false) else {
            return;
        };
        st.set("storageType", type_span, string("nfs", type_value));
        for key in ["server", "path"] {
            if let Some(m) = c.require(&mut nfs_src, key, "the NFS share") {
                c.record(&nfs_src, key, &st, key);
                st.set(key, m.key_span, m.value.clone());
            }
        }
        c.map_to(st.path.clone(), nfs_src.path.clone());
        ts.set("storage", nfs.key_span, st.into_node(nfs.value.span));
    } else if name == "azureStorage" {
        let vault = c.require(cfg, "keyVault", "the Azure key vault");
        let azure = c.require(cfg, "azureStorage", "the Azure storage");
        let (Some(vault), Some(azure)) = (vault, azure) else {
            return;
        };
        let (Some(mut vault_src), Some(mut azure_src)) =
            (c.mapping(cfg, vault, false), c.mapping(cfg, azure, false))
        else {
            return;
        };
        st.set("storageType", type_span, string("azureStorage", type_value));
        for (azure, from, to) in [
            (true, "accountName", "azureAccount"),
            (true, "azureShare", "azureShare"),
            (false, "vaultName", "keyVaultName"),
            (false, "name", "keyVaultKey"),
        ] {
            let src = if azure {
                &mut azure_src
            } else {
                &mut vault_src
            };
            if let Some(m) = c.require(src, from, "the Azure storage") {
                c.record(src, from, &st, to);
                st.set(to, m.key_span, m.value.clone());
            }
        }
        c.map_to(st.path.clone(), azure_src.path.clone());
        ts.set("storage", azure.key_span, st.into_node(azure.value.span));
        c.drop_field(cfg, "uploadRetryCount", "v2 has no such setting");
    }
}

fn string(s: &str, span: Span) -> Node {
    Node::new(Value::String(CompactString::from(s)), span)
}

fn kubeflow(c: &mut Conv<'_>, top: &mut Src<'_>, trial: &mut Src<'_>, v2: &mut Dst, ts: &mut Dst) {
    let Some(m) = c.require(top, "kubeflowConfig", "the Kubeflow cluster") else {
        return;
    };
    let Some(mut kf) = c.mapping(top, m, false) else {
        return;
    };
    c.move_field(&mut kf, ts, "operator", "operator");
    c.move_field(&mut kf, ts, "apiVersion", "apiVersion");
    storage(c, &mut kf, ts);
    c.leftovers(&kf, v1::KUBEFLOW_KEYS);
    c.drop_field(trial, "nasMode", "NAS is out of NNI 3.0's v1 support");
    for role in ["worker", "ps", "master"] {
        let Some(rm) = trial.pop(role) else { continue };
        let Some(mut src) = c.mapping(trial, rm, false) else {
            continue;
        };
        let mut dst = Dst::new(ts.key_path(role));
        c.map_to(dst.path.clone(), src.path.clone());
        for (from, to) in [
            ("replicas", "replicas"),
            ("command", "command"),
            ("gpuNum", "gpuNumber"),
            ("cpuNum", "cpuNumber"),
            ("memoryMB", "memorySize"),
            ("image", "dockerImage"),
        ] {
            c.move_field(&mut src, &mut dst, from, to);
        }
        c.drop_field(
            &mut src,
            "privateRegistryAuthPath",
            "v2 has no such setting",
        );
        // v2_role['codeDirectory'] = v2['trialCodeDirectory']
        match v2.get("trialCodeDirectory") {
            Some(dir) => {
                c.map_to(dst.key_path("codeDirectory"), trial.key_path("codeDir"));
                let end = rm.value.span.end();
                dst.set("codeDirectory", Span::at(end), dir.clone());
            }
            None => c.refuse(
                src.path.clone(),
                rm.key_span,
                "NNI 3.0 gives each Kubeflow role the trial's `codeDir`, and `trial.codeDir` is not set (KeyError 'trialCodeDirectory')".to_owned(),
                Some("add `codeDir` under `trial`".to_owned()),
            ),
        }
        c.leftovers(&src, v1::KUBEFLOW_ROLE_KEYS);
        ts.set(role, rm.key_span, dst.into_node(rm.value.span));
    }
}

fn frameworkcontroller(
    c: &mut Conv<'_>,
    top: &mut Src<'_>,
    trial: &mut Src<'_>,
    v2: &mut Dst,
    ts: &mut Dst,
) {
    let Some(m) = c.require(
        top,
        "frameworkcontrollerConfig",
        "the FrameworkController cluster",
    ) else {
        return;
    };
    let Some(mut fc) = c.mapping(top, m, false) else {
        return;
    };
    c.move_field(&mut fc, ts, "serviceAccountName", "serviceAccountName");
    c.move_field(&mut fc, ts, "reuse", "reuseMode");
    storage(c, &mut fc, ts);
    c.leftovers(&fc, v1::FRAMEWORKCONTROLLER_KEYS);
    c.drop_field(trial, "nasMode", "NAS is out of NNI 3.0's v1 support");
    let mut roles = Vec::new();
    let list = trial.pop("taskRoles");
    let list_path = trial.key_path("taskRoles");
    let list_v2 = ts.key_path("taskRoles");
    let items: &[Node] = match list {
        Some(l) => match l.value.as_array() {
            Some(items) => items,
            None => {
                c.refuse(
                    list_path.clone(),
                    l.value.span,
                    format!(
                        "`trial.taskRoles` is {}, where NNI 3.0 expects a list",
                        l.value.type_name()
                    ),
                    None,
                );
                &[]
            }
        },
        None => &[],
    };
    for (i, item) in items.iter().enumerate() {
        let v1p = list_path.index(i);
        if item.as_object().is_none() {
            c.refuse(
                v1p,
                item.span,
                format!(
                    "task role {i} is {}, where NNI 3.0 expects a mapping",
                    item.type_name()
                ),
                None,
            );
            continue;
        }
        let mut src = Src::new(item, v1p.clone(), format!("trial.taskRoles[{i}]"));
        let v2p = list_v2.index(i);
        c.map_to(v2p.clone(), v1p);
        let mut dst = Dst::new(v2p);
        for (from, to) in [
            ("name", "name"),
            ("taskNum", "taskNumber"),
            (
                "frameworkControllerCompletionPolicy",
                "frameworkAttemptCompletionPolicy",
            ),
            ("command", "command"),
            ("gpuNum", "gpuNumber"),
            ("cpuNum", "cpuNumber"),
            ("memoryMB", "memorySize"),
            ("image", "dockerImage"),
        ] {
            c.move_field(&mut src, &mut dst, from, to);
        }
        c.drop_field(
            &mut src,
            "privateRegistryAuthPath",
            "v2 has no such setting",
        );
        // `v1_role[policy]` with policy = 'frameworkAttemptCompletionPolicy': the v2 name,
        // which a v1 role has only when written so (a KeyError otherwise).
        let policy = "frameworkAttemptCompletionPolicy";
        match src.pop(policy) {
            None => c.refuse(
                src.path.clone(),
                Span::at(item.span.start()),
                format!(
                    "NNI 3.0's conversion reads `{policy}` of each task role (KeyError when it is missing; the v1 name `frameworkControllerCompletionPolicy` does not do)"
                ),
                Some(format!("write the completion policy as `{policy}` (with minFailedTaskCount and minSucceededTaskCount)")),
            ),
            Some(pm) if !falsy(&pm.value) => {
                if let Some(mut psrc) = c.mapping(&src, pm, false) {
                    let mut pdst = Dst::new(dst.key_path(policy));
                    c.map_to(pdst.path.clone(), psrc.path.clone());
                    c.move_field(&mut psrc, &mut pdst, "minFailedTaskCount", "minFailedTaskCount");
                    c.move_field(
                        &mut psrc,
                        &mut pdst,
                        "minSucceededTaskCount",
                        "minSucceedTaskCount",
                    );
                    c.leftovers(&psrc, &["minFailedTaskCount", "minSucceededTaskCount"]);
                    dst.set(policy, pm.key_span, pdst.into_node(pm.value.span));
                }
            }
            Some(_) => {}
        }
        c.leftovers(&src, v1::TASK_ROLE_KEYS);
        // "this is required, seems a bug in nni manager"
        if v2.get("trialCommand").is_none_or(falsy) {
            match dst.get("command") {
                Some(cmd) => {
                    let cmd = cmd.clone();
                    c.map_to(v2.key_path("trialCommand"), src.key_path("command"));
                    v2.set("trialCommand", Span::at(item.span.start()), cmd);
                }
                None => c.refuse(
                    src.path.clone(),
                    Span::at(item.span.start()),
                    "this task role has no `command`, and NNI 3.0 takes the trial command from it when `trial.command` is not set".to_owned(),
                    Some("add `command`".to_owned()),
                ),
            }
        }
        roles.push(dst.into_node(item.span));
    }
    let (key_span, span) = list.map_or(
        (
            Span::at(trial.node.span.end()),
            Span::at(trial.node.span.end()),
        ),
        |l| (l.key_span, l.value.span),
    );
    c.map_to(list_v2, list_path);
    ts.set(
        "taskRoles",
        key_span,
        Node::new(Value::Array(roles.into_boxed_slice()), span),
    );
}

/// `sharedStorage`: moved key by key when set.
pub(super) fn shared_storage(c: &mut Conv<'_>, top: &mut Src<'_>, v2: &mut Dst) {
    let Some(m) = top.pop("sharedStorage") else {
        return;
    };
    if falsy(&m.value) {
        return;
    }
    let Some(mut src) = c.mapping(top, m, false) else {
        return;
    };
    let mut dst = Dst::new(v2.key_path("sharedStorage"));
    c.map_to(dst.path.clone(), src.path.clone());
    for key in v1::SHARED_STORAGE_KEYS {
        c.move_field(&mut src, &mut dst, key, key);
    }
    c.leftovers(&src, v1::SHARED_STORAGE_KEYS);
    v2.set("sharedStorage", m.key_span, dst.into_node(m.value.span));
}

/// Kubeflow and frameworkcontroller with `reuse: false` are not converted by `nnictl create`:
/// it starts them with its legacy launcher.
pub fn legacy_launcher(root: &Node) -> Option<(NodePath, Span)> {
    let platform = root.get("trainingServicePlatform")?.as_str()?;
    if platform != "kubeflow" && platform != "frameworkcontroller" {
        return None;
    }
    let cfg = root.member(&format!("{platform}Config"))?;
    let reuse = cfg.value.member("reuse")?;
    matches!(reuse.value.value, Value::Bool(false))
        .then(|| (NodePath::root().key(&cfg.key).key("reuse"), reuse.key_span))
}
